"""The whole dealing engine: positions and orders together, and what a moving market does to them."""

from __future__ import annotations

from .._catalogue import CATALOGUE
from ._orders import OrderDesk
from ._positions import PositionDesk
from ._records import Position


class Dealing(PositionDesk, OrderDesk):
    """The dealing engine of all accounts."""

    def on_price(self) -> None:
        """Fill crossed orders, expire GOOD_TILL_DATE ones, and close positions at their stop or limit."""
        now = self._clock.now()
        for order in list(self.orders.values()):
            instrument = CATALOGUE[order.epic]
            if order.good_till is not None and order.good_till <= now:
                self.delete_order(order.account_id, order.deal_id, system=True)
                continue
            if not instrument.is_open(now):
                continue
            quote = self._prices.quote(instrument, now)
            price = quote.offer if order.direction == "BUY" else quote.bid
            crossed = (
                price <= order.level
                if (order.order_type == "LIMIT") == (order.direction == "BUY")
                else price >= order.level
            )
            if crossed:
                self._fill(order)
        for position in list(self.positions.values()):
            instrument = CATALOGUE[position.epic]
            if not instrument.is_open(now):
                continue
            quote = self._prices.quote(instrument, now)
            exit_price = quote.bid if position.direction == "BUY" else quote.offer
            long = position.direction == "BUY"
            self._trail(position, exit_price, instrument.decimals)
            hit_stop = position.stop_level is not None and (
                exit_price <= position.stop_level if long else exit_price >= position.stop_level
            )
            hit_limit = position.limit_level is not None and (
                exit_price >= position.limit_level if long else exit_price <= position.limit_level
            )
            if hit_stop or hit_limit:
                level = position.stop_level if hit_stop else position.limit_level
                assert level is not None
                self._reduce(position, position.size, level, self.new_deal_reference(), [], system=True)

    def _trail(self, position: Position, exit_price: float, decimals: int) -> None:
        """Move a trailing stop towards the market, in whole increments, never away from it (as IG does)."""
        distance, step = position.trailing_stop_distance, position.trailing_step
        if distance is None or not step or position.stop_level is None:
            return
        sign = 1 if position.direction == "BUY" else -1
        wanted = exit_price - sign * float(distance)
        steps = int((wanted - position.stop_level) * sign // float(step))
        if steps > 0:
            position.stop_level = round(position.stop_level + sign * steps * float(step), decimals)
            self._opu(position, "UPDATED")
