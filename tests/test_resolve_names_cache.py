"""kg.resolve.names.name_tokens is memoised (resolution asks for the same names again and again),
bounded, and gives what the uncached function gives."""
from __future__ import annotations

from kg.resolve.names import name_tokens


def test_name_tokens_is_memoised_bounded_and_unchanged() -> None:
    names = ["كيم جونغ- أون", "Kim Jong-un", "الأمم المتحدة", "U.S.", "«حماس»", "", "  ", "بيونغ_يانغ/كوريا"]
    name_tokens.cache_clear()
    first = [name_tokens(n) for n in names]
    assert first == [name_tokens.__wrapped__(n) for n in names]
    assert first[0] == ("كيم", "جونغ", "اون") and first[1] == ("kim", "jong", "un")
    again = [name_tokens(n) for n in names]
    assert again == first and name_tokens.cache_info().hits == len(names)
    assert name_tokens.cache_info().maxsize == 1 << 15  # bounded: a worker lives for the whole corpus
