"""Ranking metrics over TREC-style judgments: MAP, nDCG@k, P@k, Recall@k.

``run`` maps a query id to its ranked document ids; ``qrels`` maps a query id
to the set of relevant document ids (binary relevance, as in the TIME collection).
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence


def average_precision(ranked: Sequence[str], relevant: set[str]) -> float:
    if not relevant:
        return 0.0
    hits = 0
    total = 0.0
    for rank, doc in enumerate(ranked, start=1):
        if doc in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant)


def ndcg(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    gains = sum(1 / math.log2(rank + 1) for rank, doc in enumerate(ranked[:k], start=1) if doc in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(k, len(relevant)) + 1))
    return gains / ideal if ideal else 0.0


def precision_at(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    return sum(1 for doc in ranked[:k] if doc in relevant) / k


def recall_at(ranked: Sequence[str], relevant: set[str], k: int = 100) -> float:
    return sum(1 for doc in ranked[:k] if doc in relevant) / len(relevant) if relevant else 0.0


def evaluate(run: Mapping[str, Sequence[str]], qrels: Mapping[str, set[str]]) -> dict[str, float]:
    """Means over the judged queries (a query with no results counts as zero)."""
    queries = [q for q in qrels if qrels[q]]
    n = len(queries) or 1
    return {
        "MAP": sum(average_precision(run.get(q, []), qrels[q]) for q in queries) / n,
        "nDCG@10": sum(ndcg(run.get(q, []), qrels[q], 10) for q in queries) / n,
        "P@10": sum(precision_at(run.get(q, []), qrels[q], 10) for q in queries) / n,
        "Recall@100": sum(recall_at(run.get(q, []), qrels[q], 100) for q in queries) / n,
    }
