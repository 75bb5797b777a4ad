"""Iterating over every item of a paged list operation, fetching pages lazily.

Where the next page starts is decided by pure functions shared by `SyncPager` and `AsyncPager`;
the two only differ in how they fetch. The methods of `client.paginate` are written once, for
`Paginators`, and shared with `AsyncPaginators` (`AsyncPagerMethod`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, Literal, ParamSpec, TypeVar, overload

from ._base_client import AsyncClientBase, Endpoint, RequestOptions, SharedMethod, SyncClientBase

T = TypeVar("T")
_P = ParamSpec("_P")
PageKind = Literal["cursor", "offset", "page", "next"]


@dataclass(frozen=True)
class PageRule:
    """How an operation pages: the query parameter that moves and the response attributes to read."""

    kind: PageKind
    items: str
    param: str | None = None
    next_field: str | None = None
    has_more: str | None = None
    limit_param: str | None = None


def page_items(rule: PageRule, page: Any) -> list[Any]:
    """The items of one page."""
    return list(getattr(page, rule.items, None) or [])


def next_position(rule: PageRule, endpoint: Endpoint[Any], position: Any, page: Any) -> Any:
    """Where the page after `page` starts (an offset, page number, cursor or URL), or None at the end."""
    items = page_items(rule, page)
    if rule.has_more and getattr(page, rule.has_more, None) is False:
        return None
    if rule.kind in ("cursor", "next"):
        following = getattr(page, rule.next_field or "", None)
        return following if following and following != position else None
    limit = endpoint.query.get(rule.limit_param) if rule.limit_param else None
    if not items or isinstance(limit, int) and len(items) < limit:
        return None
    current = position if position is not None else endpoint.query.get(rule.param or "")
    if rule.kind == "offset":
        return int(current or 0) + len(items)
    return int(current if current is not None else 1) + 1


def at_position(rule: PageRule, endpoint: Endpoint[T], position: Any) -> Endpoint[T]:
    """The endpoint asking for the page at `position` (the first page when it is None)."""
    if position is None:
        return endpoint
    if rule.kind == "next":
        return dataclasses.replace(endpoint, url=str(position), query={})
    return dataclasses.replace(endpoint, query={**endpoint.query, rule.param or "": position})


class SyncPager(Generic[T]):
    """Iterate to get every item; `pages()` gives the page responses. Nothing is fetched until then."""

    def __init__(
        self, fetch: Callable[[Endpoint[Any]], Any], endpoint: Endpoint[Any], rule: PageRule
    ) -> None:
        self._fetch = fetch
        self._endpoint = endpoint
        self._rule = rule

    def pages(self) -> Iterator[Any]:
        position: Any = None
        while True:
            page = self._fetch(at_position(self._rule, self._endpoint, position))
            yield page
            position = next_position(self._rule, self._endpoint, position, page)
            if position is None:
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page_items(self._rule, page)


class AsyncPager(Generic[T]):
    """`async for` gets every item; `pages()` gives the page responses. Nothing is fetched until then."""

    def __init__(
        self,
        fetch: Callable[[Endpoint[Any]], Awaitable[Any]],
        endpoint: Endpoint[Any],
        rule: PageRule,
    ) -> None:
        self._fetch = fetch
        self._endpoint = endpoint
        self._rule = rule

    async def pages(self) -> AsyncIterator[Any]:
        position: Any = None
        while True:
            page = await self._fetch(at_position(self._rule, self._endpoint, position))
            yield page
            position = next_position(self._rule, self._endpoint, position, page)
            if position is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page_items(self._rule, page):
                yield item


# -- the namespaces of `client.paginate` --------------------------------------------------------


class SyncPaginatorsBase:
    """`Client.paginate`: each method makes a `SyncPager` with `_pager`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def _pager(
        self, endpoint: Endpoint[Any], rule: PageRule, options: RequestOptions | None
    ) -> SyncPager[Any]:
        client = self._client
        return SyncPager(lambda page: client._send(page, options), endpoint, rule)


class AsyncPaginatorsBase:
    """`AsyncClient.paginate`: the same methods, whose `_pager` here makes an `AsyncPager`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def _pager(
        self, endpoint: Endpoint[Any], rule: PageRule, options: RequestOptions | None
    ) -> AsyncPager[Any]:
        client = self._client
        return AsyncPager(lambda page: client._send(page, options), endpoint, rule)


class AsyncPagerMethod(SharedMethod, Generic[_P, T]):
    """A method of `AsyncClient.paginate`: the `Paginators` one, giving an `AsyncPager`.

    The sync method only calls `self._pager(...)`, which on `AsyncPaginatorsBase` makes an
    `AsyncPager`: the type checker sees `AsyncPager[T]` where the sync method has `SyncPager[T]`.
    """

    def __init__(self, method: Callable[Concatenate[Any, _P], SyncPager[T]]) -> None:
        def call(namespace: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> Any:
            return method(namespace, *args, **kwargs)

        super().__init__(call, method)

    @overload
    def __get__(
        self, instance: None, owner: type | None = None
    ) -> Callable[Concatenate[Any, _P], AsyncPager[T]]: ...

    @overload
    def __get__(
        self, instance: object, owner: type | None = None
    ) -> Callable[_P, AsyncPager[T]]: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return self._bind(instance)
