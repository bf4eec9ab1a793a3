"""The server-side scripts of the shared limiter: every decision runs inside Redis, atomically.

Redis runs one script at a time, so "look at the windows, pick a send time, book it" is a single step for
every process that shares the store: no read-then-write race between two bots.

Time base: pacing inside one process uses a monotonic clock, but monotonic clocks of different machines
share no origin, and wall clocks drift apart. So every script reads the Redis server's own clock
(``TIME``) and all booked send times are on that one clock; a script returns a *delay*, which the caller
sleeps on its own monotonic clock. Clock skew between the bots' machines therefore never matters.

The rolling window is the local limiter's (``_window.RollingWindow``): a time fits when every window of
``window`` seconds containing it holds fewer than ``capacity`` grants, where grants may lie in the future
(callers waiting their turn). Scores are written with ``%.6f`` so that no precision is lost to Lua's
default number formatting.
"""

from __future__ import annotations

from typing import Final

__all__ = ["RESERVE", "SETTLE", "PENALISE", "REPLAY", "STATE"]

_COMMON: Final = r"""
local function now_s()
  local t = redis.call('TIME')
  return tonumber(t[1]) + tonumber(t[2]) / 1000000
end

local function fmt(x) return string.format('%.6f', x) end

-- Grants still counting at `now` (older ones are deleted), ascending.
local function slots_of(key, now, w)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', fmt(now - w))
  local raw = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
  local s = {}
  for i = 2, #raw, 2 do s[#s + 1] = tonumber(raw[i]) end
  return s
end

-- The grants, only when there are at least `cap` of them (else nil: the booking cannot have to wait).
local function slots_if_full(key, now, w, cap)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', fmt(now - w))
  if redis.call('ZCARD', key) < cap then return nil end
  return slots_of(key, now, w)
end

local function blocked_of(key)
  local v = redis.call('GET', key)
  if v then return tonumber(v) end
  return -math.huge
end

-- Index of the first slot >= x (binary search over the ascending list), #s + 1 when none.
local function lower(s, x)
  local lo, hi = 1, #s + 1
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if s[mid] < x then lo = mid + 1 else hi = mid end
  end
  return lo
end

local function count_in(s, a, b) return lower(s, b) - lower(s, a) end

-- Start of the latest full window containing `at`, or nil when one more grant fits there.
local function full_from(s, cap, w, at)
  if #s < cap then return nil end
  if count_in(s, at, at + w) >= cap then return at end
  for i = lower(s, at) - 1, 1, -1 do
    local b = s[i]
    if b + w <= at then break end
    if count_in(s, b, b + w) >= cap then return b end
  end
  return nil
end

local function earliest(s, cap, w, at, blocked)
  if blocked > at then at = blocked end
  if s == nil then return at end  -- fewer grants than the capacity: no window can be full
  for _ = 1, #s + 1 do
    local f = full_from(s, cap, w, at)
    if f == nil then return at end
    at = s[lower(s, f)] + w
  end
  return at
end

-- The historical allowance: hash {total, remaining, reported, resets_at}; a new period starts at resets_at.
local function hist_of(key, pending, now, default_total)
  local h = redis.call('HMGET', key, 'total', 'remaining', 'reported', 'resets_at')
  local total = tonumber(h[1]) or default_total
  local remaining = tonumber(h[2])
  local reported = h[3] == '1'
  local resets_at = tonumber(h[4])
  if resets_at and now >= resets_at then
    remaining = nil
    reported = false
    resets_at = nil
    redis.call('HDEL', key, 'remaining', 'reported', 'resets_at')
    redis.call('DEL', pending)
  end
  if not reported then
    -- Until IG reports, the configured allowance is assumed untouched (as the local limiter does).
    total = default_total
    remaining = total
  end
  return total, remaining, reported, resets_at
end

local function reserved_of(pending, now, ttl)
  redis.call('ZREMRANGEBYSCORE', pending, '-inf', fmt(now - ttl))
  local members = redis.call('ZRANGE', pending, 0, -1)
  local sum = 0
  for i = 1, #members do
    local points = tonumber(string.match(members[i], '|(%d+)$'))
    sum = sum + (points or 1)
  end
  return sum
end

local function keep_until(key, at_s, now)
  local ms = math.ceil((at_s - now) * 1000)
  if ms < 1000 then ms = 1000 end
  redis.call('PEXPIRE', key, ms)
end
"""

RESERVE: Final = (
    _COMMON
    + r"""
-- KEYS: account window, application window, account blocked, application blocked, historical hash,
--       historical pending, participants, epoch
-- ARGV: account capacity, application capacity, window, is_historical, estimate (-1: unknown), fail_fast,
--       member, default historical total, participant id, pending ttl, participant ttl, new epoch
local now = now_s()
local w = tonumber(ARGV[3])
local hist = ARGV[4] == '1'
-- The store's epoch: a new one means it lost its data (a restart without persistence, a flush).
local epoch = redis.call('GET', KEYS[8])
if not epoch then
  epoch = ARGV[12]
  redis.call('SET', KEYS[8], epoch)
end
local estimate = tonumber(ARGV[5])
local member = ARGV[7]

redis.call('ZADD', KEYS[7], fmt(now), ARGV[9])
redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', fmt(now - tonumber(ARGV[11])))
keep_until(KEYS[7], now + tonumber(ARGV[11]), now)
local participants = redis.call('ZCARD', KEYS[7])

local available = -1
local resets_in = -1
if hist then
  local total, remaining, reported, resets_at = hist_of(KEYS[5], KEYS[6], now, tonumber(ARGV[8]))
  local reserved = reserved_of(KEYS[6], now, tonumber(ARGV[10]))
  available = math.max(0, remaining - reserved)
  if resets_at then resets_in = math.max(0, resets_at - now) end
  if ARGV[6] == '1' and ((estimate < 0 and available < 1) or (estimate >= 0 and estimate > available)) then
    return {1, '0', available, fmt(resets_in), participants, epoch}
  end
end

local cap_a, cap_b = tonumber(ARGV[1]), tonumber(ARGV[2])
local a = slots_if_full(KEYS[1], now, w, cap_a)
local b = slots_if_full(KEYS[2], now, w, cap_b)
local blk_a, blk_b = blocked_of(KEYS[3]), blocked_of(KEYS[4])
local at = now
for _ = 1, 10000 do
  local later = math.max(earliest(a, cap_a, w, at, blk_a), earliest(b, cap_b, w, at, blk_b))
  if later == at then break end
  at = later
end
redis.call('ZADD', KEYS[1], fmt(at), member)
redis.call('ZADD', KEYS[2], fmt(at), member)
keep_until(KEYS[1], at + w, now)
keep_until(KEYS[2], at + w, now)
if hist then
  local points = estimate
  if points < 0 then points = 1 end
  redis.call('ZADD', KEYS[6], fmt(now), member .. '|' .. points)
  keep_until(KEYS[6], now + tonumber(ARGV[10]), now)
  available = math.max(0, available - points)
end
return {0, fmt(at - now), available, fmt(resets_in), participants, epoch}
"""
)

SETTLE: Final = (
    _COMMON
    + r"""
-- A price request was answered. KEYS: historical hash, historical pending.
-- ARGV: pending member ('' when unknown), has_report, remaining, total (-1: absent), expires_in (-1: absent),
--       default total
local now = now_s()
local pending = redis.call('ZRANGE', KEYS[2], 0, -1)
for i = 1, #pending do
  if ARGV[1] ~= '' and string.sub(pending[i], 1, #ARGV[1] + 1) == ARGV[1] .. '|' then
    redis.call('ZREM', KEYS[2], pending[i])
    break
  end
end
if ARGV[2] ~= '1' then return 0 end
hist_of(KEYS[1], KEYS[2], now, tonumber(ARGV[6]))
local total = tonumber(ARGV[4])
if total > 0 then redis.call('HSET', KEYS[1], 'total', total) end
redis.call('HSET', KEYS[1], 'remaining', tonumber(ARGV[3]), 'reported', '1')
local expires_in = tonumber(ARGV[5])
if expires_in >= 0 then
  redis.call('HSET', KEYS[1], 'resets_at', fmt(now + expires_in))
  keep_until(KEYS[1], now + expires_in + 86400, now)
end
return 1
"""
)

PENALISE: Final = (
    _COMMON
    + r"""
-- IG said an allowance is spent. KEYS: blocked key (or historical hash), historical pending.
-- ARGV: is_historical, pause seconds (-1: unknown), window, exhausted retry
local now = now_s()
local pause = tonumber(ARGV[2])
if ARGV[1] == '1' then
  local resets_at = tonumber(redis.call('HGET', KEYS[1], 'resets_at'))
  if pause >= 0 then
    resets_at = now + pause
  elseif resets_at == nil or resets_at <= now then
    resets_at = now + tonumber(ARGV[4])
  end
  redis.call('HSET', KEYS[1], 'remaining', 0, 'reported', '1', 'resets_at', fmt(resets_at))
  redis.call('DEL', KEYS[2])
  keep_until(KEYS[1], resets_at + 86400, now)
  return 1
end
if pause < 0 then pause = tonumber(ARGV[3]) end
local until_s = now + pause
local current = tonumber(redis.call('GET', KEYS[1]))
if current == nil or current < until_s then
  redis.call('SET', KEYS[1], fmt(until_s))
  keep_until(KEYS[1], until_s, now)
end
return 1
"""
)

REPLAY: Final = (
    _COMMON
    + r"""
-- A process's sends still inside their window, written back after the store was away: each as its id and
-- its age in seconds (how long before this call it was sent; negative: booked for later). ZADD by id keeps
-- this idempotent. KEYS: account window, application window, historical hash.
-- ARGV: window, number of sends, (id, age) pairs..., then has_report, remaining, total, expires_in
local now = now_s()
local w = tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local i = 3
for _ = 1, n do
  local at = now - tonumber(ARGV[i + 1])
  if at + w > now then
    redis.call('ZADD', KEYS[1], fmt(at), ARGV[i])
    redis.call('ZADD', KEYS[2], fmt(at), ARGV[i])
  end
  i = i + 2
end
keep_until(KEYS[1], now + w, now)
keep_until(KEYS[2], now + w, now)
if ARGV[i] == '1' then
  local remaining, total, expires_in = tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3])
  local h = redis.call('HMGET', KEYS[3], 'remaining', 'reported', 'resets_at')
  local stored, stored_reset = tonumber(h[1]), tonumber(h[3])
  local live = h[2] == '1' and (stored_reset == nil or stored_reset > now)
  -- Two reports of one period: the lower remainder is the later one (points are only ever spent).
  if not live or stored == nil or remaining < stored then
    if total > 0 then redis.call('HSET', KEYS[3], 'total', total) end
    redis.call('HSET', KEYS[3], 'remaining', remaining, 'reported', '1')
    if expires_in >= 0 then
      redis.call('HSET', KEYS[3], 'resets_at', fmt(now + expires_in))
      keep_until(KEYS[3], now + expires_in + 86400, now)
    end
  end
end
return 1
"""
)

STATE: Final = (
    _COMMON
    + r"""
-- A read of every allowance (it also prunes what has expired).
-- KEYS: non-trading window, trading window, application window, their three blocked keys, historical hash,
--       historical pending. ARGV: window, default historical total, pending ttl
local now = now_s()
local w = tonumber(ARGV[1])
local out = {}
for k = 1, 3 do
  local s = slots_of(KEYS[k], now, w)
  local counted = 0
  local release = -1
  for i = 1, #s do
    if s[i] + w > now then
      counted = counted + 1
      if release < 0 then release = s[i] + w - now end
    end
  end
  local blocked = math.max(0, blocked_of(KEYS[k + 3]) - now)
  out[#out + 1] = counted
  out[#out + 1] = fmt(release)
  out[#out + 1] = fmt(blocked)
end
local total, remaining, reported, resets_at = hist_of(KEYS[7], KEYS[8], now, tonumber(ARGV[2]))
local reserved = reserved_of(KEYS[8], now, tonumber(ARGV[3]))
out[#out + 1] = total
out[#out + 1] = remaining
out[#out + 1] = reserved
if reported then out[#out + 1] = 1 else out[#out + 1] = 0 end
if resets_at then out[#out + 1] = fmt(resets_at - now) else out[#out + 1] = '-1' end
return out
"""
)
