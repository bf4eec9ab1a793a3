"""The RSA key behind GET /session/encryptionKey, in pure Python (no crypto dependency for a test server).

IG publishes a base64 DER SubjectPublicKeyInfo; clients encrypt ``password|timeStamp`` with RSA PKCS#1 v1.5
and send the base64 ciphertext with ``encryptedPassword: true``. The key is derived from a fixed seed, so it
is the same in every run; it protects nothing and must never be used for anything real.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass
from functools import cache

__all__ = ["RsaKey", "simulator_key"]

_SMALL_PRIMES = [p for p in range(3, 2000, 2) if all(p % d for d in range(3, int(p**0.5) + 1, 2))]
_RSA_OID = bytes.fromhex("2a864886f70d010101")


def _probably_prime(n: int, rng: random.Random, rounds: int = 24) -> bool:
    if any(n % p == 0 for p in _SMALL_PRIMES):
        return n in _SMALL_PRIMES
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(rounds):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int, rng: random.Random) -> int:
    while True:
        # Top two bits set so that the product has exactly twice the bits; odd.
        candidate = rng.getrandbits(bits) | (0b11 << (bits - 2)) | 1
        if _probably_prime(candidate, rng):
            return candidate


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _der(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_length(len(body)) + body


def _der_int(value: int) -> bytes:
    raw = value.to_bytes(value.bit_length() // 8 + 1, "big")  # leading zero keeps it positive
    return _der(0x02, raw)


@dataclass(frozen=True)
class RsaKey:
    """An RSA key pair (textbook numbers) with IG's public-key encoding and PKCS#1 v1.5 decryption."""

    n: int
    e: int
    d: int

    @property
    def size_bytes(self) -> int:
        """Modulus length in bytes."""
        return (self.n.bit_length() + 7) // 8

    def public_key_b64(self) -> str:
        """The public key as base64 DER SubjectPublicKeyInfo (what IG's ``encryptionKey`` holds)."""
        rsa_public = _der(0x30, _der_int(self.n) + _der_int(self.e))
        algorithm = _der(0x30, _der(0x06, _RSA_OID) + b"\x05\x00")
        spki = _der(0x30, algorithm + _der(0x03, b"\x00" + rsa_public))
        return base64.b64encode(spki).decode("ascii")

    def encrypt(self, message: bytes, seed: int = 0) -> bytes:
        """PKCS#1 v1.5 encryption (used by tests playing the client's part)."""
        k = self.size_bytes
        if len(message) > k - 11:
            raise ValueError("message too long for the key")
        rng = random.Random(seed)
        padding = bytes(rng.randrange(1, 256) for _ in range(k - 3 - len(message)))
        block = b"\x00\x02" + padding + b"\x00" + message
        return pow(int.from_bytes(block, "big"), self.e, self.n).to_bytes(k, "big")

    def decrypt(self, ciphertext: bytes) -> bytes | None:
        """PKCS#1 v1.5 decryption; None when the block is not validly padded."""
        k = self.size_bytes
        if len(ciphertext) != k:
            return None
        block = pow(int.from_bytes(ciphertext, "big"), self.d, self.n).to_bytes(k, "big")
        if block[:2] != b"\x00\x02":
            return None
        separator = block.find(b"\x00", 2)
        if separator < 10:
            return None
        return block[separator + 1 :]


@cache
def simulator_key(bits: int = 1024, seed: int = 0x16_5EED) -> RsaKey:
    """The simulator's fixed key pair (computed once per process, about a tenth of a second)."""
    rng = random.Random(seed)
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e != 0:
            return RsaKey(n=p * q, e=e, d=pow(e, -1, phi))
