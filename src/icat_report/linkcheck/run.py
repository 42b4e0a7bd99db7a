"""One run of the check: the addresses and their uses in, one result per address out.

Fresh results come from the cache (unless it is bypassed); the others are asked
(checker.py), added to the cache, and every result gets the list of places that use
its address.
"""

from __future__ import annotations

from dataclasses import replace

from .cache import ResultCache
from .checker import Settings, check_urls
from .results import Result
from .sources import Addresses


def check_addresses(
    addresses: Addresses, settings: Settings, cache: ResultCache | None = None, *, read_cache: bool = True
) -> list[Result]:
    """A result for each address, with its uses; `cache` is read when read_cache, and always updated."""
    results: dict[str, Result] = {}
    if cache is not None and read_cache:
        for url in addresses:
            cached = cache.fresh(url)
            if cached is not None:
                results[url] = replace(cached, from_cache=True)
    asked = [url for url in addresses if url not in results]
    if asked:
        results.update(check_urls(asked, settings))
    if cache is not None:
        cache.store(list(results.values()))  # the caller saves it
    return [results[url].with_uses(tuple(uses)) for url, uses in addresses.items()]
