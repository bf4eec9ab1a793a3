"""The RSA key behind the simulator's GET /session/encryptionKey (via the ``cryptography`` package).

IG publishes a base64 DER SubjectPublicKeyInfo; clients encrypt ``password|timeStamp`` with RSA PKCS#1 v1.5
and send the base64 ciphertext with ``encryptedPassword: true``. The simulator makes one 1024-bit key per
process (IG's size); it protects nothing and must never be used for anything real.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import cache

from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

__all__ = ["RsaKey", "simulator_key"]


@dataclass(frozen=True)
class RsaKey:
    """An RSA key pair with IG's public-key encoding and PKCS#1 v1.5 encryption and decryption."""

    private_key: rsa.RSAPrivateKey

    def public_key_b64(self) -> str:
        """The public key as base64 DER SubjectPublicKeyInfo (what IG's ``encryptionKey`` holds)."""
        der = self.private_key.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
        return base64.b64encode(der).decode("ascii")

    def encrypt(self, message: bytes) -> bytes:
        """PKCS#1 v1.5 encryption under the public key (for tests playing the client's part)."""
        return self.private_key.public_key().encrypt(message, padding.PKCS1v15())

    def decrypt(self, ciphertext: bytes) -> bytes | None:
        """PKCS#1 v1.5 decryption; None when the ciphertext does not decrypt."""
        try:
            return self.private_key.decrypt(ciphertext, padding.PKCS1v15())
        except ValueError:
            return None


@cache
def simulator_key(bits: int = 1024) -> RsaKey:
    """The simulator's key pair (made once per process)."""
    return RsaKey(rsa.generate_private_key(public_exponent=65537, key_size=bits))
