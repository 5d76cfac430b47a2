"""Conflicts page: fields changed on both sides of an exchange, and duplicate-NIK cases.

A supervisor picks this office's value or the sending office's value for each conflict, and
keeps one member of each duplicate case (the other's enrolments and contributions move to it).
Both lists are small (open items only) and are read again after every decision and on F5.
"""

from __future__ import annotations


