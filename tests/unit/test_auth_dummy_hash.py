"""The dummy hash used for unknown user names is stored, not computed at import."""

from __future__ import annotations

import pytest
from argon2.exceptions import VerifyMismatchError

from vokasi_desktop.services import auth


def test_dummy_hash_costs_what_a_real_hash_costs() -> None:
    # Same algorithm and parameters as the hasher uses now: an unknown user name takes as
    # long as a wrong password (no timing oracle), and nothing is hashed at import time.
    assert not auth._hasher.check_needs_rehash(auth._DUMMY_HASH)
    assert auth._DUMMY_HASH.startswith("$argon2id$")
    with pytest.raises(VerifyMismatchError):
        auth._hasher.verify(auth._DUMMY_HASH, "anything-a-user-types")
