"""Question quality against human-written questions (SQuAD-format JSON).

    python benchmarks/quality.py PATH/TO/squad.json [--sample N] [--seed S] [--offset N] [--limit K]

Each paragraph is one article, generated at default settings. Printed:

- items per 100 words;
- answer precision (share of items whose answer matches a human answer of the paragraph)
  and recall (share of human questions whose answer some item matches); a match is a
  token F1 of at least 0.5 after SQuAD normalisation (lower case, no punctuation, no
  articles). A true/false item counts by the span its statement is about;
- BLEU-4 (NLTK corpus_bleu, smoothing method 1) and ROUGE-L (LCS F-measure, beta 1.2) of
  short_answer questions whose answer matches a gold answer, against the human questions
  with that answer;
- distractor type agreement: share of multiple-choice distractors of the answer's kind;
- rejected candidates per reason code;
- a random sample of N items beside their source sentences, for reading.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.errors import InputError  # noqa: E402
from quizgen.ingest import parse_article  # noqa: E402
from quizgen.nlp import analyze  # noqa: E402
from quizgen.pipeline import generate_from_documents  # noqa: E402
from quizgen.validate import shape_of  # noqa: E402

_ARTICLES = re.compile(r"\b(a|an|the)\b")


def squad_normalize(text: str) -> list[str]:
    """SQuAD's answer normalisation, as tokens."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = _ARTICLES.sub(" ", text)
    return text.split()


def token_f1(pred: str, gold: str) -> float:
    p, g = squad_normalize(pred), squad_normalize(gold)
    if not p or not g:
        return float(p == g)
    common = Counter(p) & Counter(g)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(p), same / len(g)
    return 2 * precision * recall / (precision + recall)


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(candidate: list[str], references: list[list[str]], beta: float = 1.2) -> float:
    """ROUGE-L F-measure against the best-matching reference."""
    best = 0.0
    for ref in references:
        lcs = _lcs(candidate, ref)
        if lcs == 0:
            continue
        p, r = lcs / len(candidate), lcs / len(ref)
        f = ((1 + beta**2) * p * r) / (r + beta**2 * p)
        best = max(best, f)
    return best


def _q_tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def _item_answer(item: Any) -> str:
    if item.type == "true_false":
        s = item.source
        if s.answer_start is not None and s.answer_end is not None:
            return str(s.sentence[s.answer_start : s.answer_end])
        return ""
    return str(item.answer)


def _kind_of(text: str, doc_kinds: dict[str, str]) -> str:
    kind = doc_kinds.get(text)
    if kind is not None:
        return kind
    shape = shape_of(text)
    return {"NAME": "NAME"}.get(shape, shape)


def _agrees(answer_kind: str, distractor_kind: str) -> bool:
    if answer_kind == distractor_kind:
        return True
    if answer_kind == "NUMBER" and distractor_kind == "YEAR":
        return True
    named = {"PERSON", "ORG", "PLACE", "OTHER", "TERM"}
    return answer_kind in named and distractor_kind == "NAME"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="SQuAD-format JSON")
    parser.add_argument("--sample", type=int, default=20, help="items to print for reading")
    parser.add_argument("--seed", type=int, default=0, help="seed of the printed sample")
    parser.add_argument("--limit", type=int, default=0, help="only K paragraphs")
    parser.add_argument("--offset", type=int, default=0, help="skip the first N paragraphs")
    parser.add_argument(
        "--no-titles", action="store_true", help="do not give paragraphs their article's title"
    )
    args = parser.parse_args()

    from nltk.translate.bleu_score import SmoothingFunction, corpus_bleu

    data = json.loads(args.path.read_text(encoding="utf-8"))
    paragraphs = [
        {**p, "title": article.get("title", "")}
        for article in data["data"]
        for p in article["paragraphs"]
    ]
    paragraphs = paragraphs[args.offset :]
    if args.limit:
        paragraphs = paragraphs[: args.limit]

    words = items_total = matched_items = 0
    gold_total = gold_found = 0
    distractors = agreeing = 0
    rejected: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    hyps: list[list[str]] = []
    refs: list[list[list[str]]] = []
    rouge: list[float] = []
    sample_pool: list[tuple[str, str, str, str, str]] = []
    started = time.perf_counter()
    for n, para in enumerate(paragraphs):
        context = para["context"]
        words += len(context.split())
        try:
            # the paragraph's own article title as its file name ("Black_Death.txt"), as a
            # user's file would carry one; --no-titles gives every paragraph a bare number
            name = (
                f"paragraph-{n}.txt"
                if args.no_titles or not para["title"]
                else f"{para['title']}.txt"
            )
            doc = analyze(parse_article(context.encode("utf-8"), name, "text"))
        except InputError:
            continue
        result = generate_from_documents([doc], seed=0)
        for code, count in result.report.rejected.items():
            rejected[code] += count
        doc_kinds = {sp.text: sp.kind for s in doc.sentences for sp in s.spans}
        golds = [(qa["question"], [a["text"] for a in qa["answers"]]) for qa in para["qas"]]
        gold_total += len(golds)
        found = [False] * len(golds)
        for item in result.deck.items:
            items_total += 1
            by_type[item.type] += 1
            answer = _item_answer(item)
            hit = False
            matching_questions: list[list[str]] = []
            for g, (question, answers) in enumerate(golds):
                if any(token_f1(answer, a) >= 0.5 for a in answers):
                    hit = True
                    found[g] = True
                    matching_questions.append(_q_tokens(question))
            matched_items += hit
            if item.type == "short_answer" and matching_questions:
                hyp = _q_tokens(item.prompt)
                hyps.append(hyp)
                refs.append(matching_questions)
                rouge.append(rouge_l(hyp, matching_questions))
            if item.type == "multiple_choice":
                for d in item.distractors:
                    distractors += 1
                    agreeing += _agrees(item.answer_type, _kind_of(d, doc_kinds))
            shown = item.prompt
            if item.type == "multiple_choice":
                shown += "  [" + " | ".join(item.options) + "]"
            sample_pool.append(
                (item.type, shown, item.answer, item.source.sentence, doc.article.title)
            )
        gold_found += sum(found)
    elapsed = time.perf_counter() - started

    bleu = (
        corpus_bleu(refs, hyps, smoothing_function=SmoothingFunction().method1) * 100
        if hyps
        else 0.0
    )
    print(f"paragraphs: {len(paragraphs)}  words: {words}  items: {items_total}  ({elapsed:.1f} s)")
    print(f"items per 100 words: {100 * items_total / max(words, 1):.2f}")
    print("items by type: " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    print(f"answer precision: {matched_items / max(items_total, 1):.3f}")
    print(f"answer recall:    {gold_found / max(gold_total, 1):.3f}")
    print(f"short-answer BLEU-4: {bleu:.1f}  ROUGE-L: {100 * sum(rouge) / max(len(rouge), 1):.1f}"
          f"  (over {len(hyps)} matched questions)")  # fmt: skip
    print(f"distractor type agreement: {agreeing / max(distractors, 1):.3f} ({distractors})")
    print("rejected per reason: " + ", ".join(f"{k} {v}" for k, v in rejected.most_common()))
    rng = random.Random(args.seed)
    sample = rng.sample(sample_pool, min(args.sample, len(sample_pool)))
    for kind, prompt, answer, sentence, title in sample:
        print(
            f"\n[{kind}] {prompt}\n    answer: {answer}\n    source: {sentence}\n    deck: {title}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
