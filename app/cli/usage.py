"""Why a command line was refused (`[usage]`, CLI.md): a closed set of codes, never a sentence.

A usage refusal carries `problem=` (a `UsageProblem`) and `token=`, the verbatim token at fault
(an option, an argument, a path): data, not words. `app.messages.USAGE_PROBLEMS` words every
code in ky/ru/en; the explanation shows those words and the token.
"""

from __future__ import annotations

import enum
import errno

from app.errors import AppError, Reason


class UsageProblem(enum.StrEnum):
    PASSWORDS_DIFFER = "passwords-differ"  # the repeated new password is not the same
    NO_STDIN_LINE = "no-stdin-line"  # --password-stdin, and standard input has no line left
    NO_TERMINAL = "no-terminal"  # a prompt is needed and there is no terminal
    NOT_A_MOUNT_POINT = "not-a-mount-point"  # media register: PATH is not a removable drive's root
    NOTE_REQUIRED = "note-required"  # alerts --review without --note
    NOT_FIELD_VALUE = "not-field-value"  # claims add --set without FIELD=VALUE
    NOT_A_NEW_FILE = "not-a-new-file"  # an output that is a folder or in a missing folder
    CONFIRM_REQUIRED = "confirm-required"  # destroy without a terminal and without --confirm
    UNREADABLE_FILE = "unreadable-file"  # a file named on the command line cannot be read


def usage(problem: UsageProblem, token: object = "") -> AppError:
    """The `[usage]` refusal for `problem`, naming the token at fault."""
    return AppError(Reason.USAGE, problem=problem, token=str(token))


def os_code(exc: OSError) -> str:
    """An OS failure as its errno name (`ENOENT`, `EACCES`): a code, not the OS's English words."""
    return errno.errorcode.get(exc.errno or 0, type(exc).__name__)
