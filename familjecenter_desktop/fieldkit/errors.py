"""Errors of the field-kit functions; each names what is wrong in plain words."""

from __future__ import annotations

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

CONTEXT = "fieldkit"

# Why a kit file is refused (``KitRefusedError.reason``).
NOT_A_KIT = "not_a_kit"
UNSUPPORTED = "unsupported"
TRUNCATED = "truncated"
TAMPERED = "tampered"
WRONG_PASSPHRASE = "wrong_passphrase"
OTHER_SITE = "other_site"
WRONG_KIND = "wrong_kind"


class KitError(Exception):
    """Base: ``message`` is English marked for translation; ``{arg}`` takes ``arg``.

    ``translation_context``, ``template`` and ``values`` let the UI's worker
    translate the message (as it does for storage errors).
    """

    def __init__(self, message: str, arg: str = "", context: str = CONTEXT) -> None:
        super().__init__(message.format(arg=arg))
        self.message = message
        self.arg = arg
        self.translation_context = context
        self.template = message
        self.values = {"arg": arg}

    def describe(self) -> str:
        """The message with its argument, untranslated (logs and the terminal)."""
        return self.message.format(arg=self.arg)


class KitRefusedError(KitError):
    """The kit file is refused; ``reason`` says why (tampered, truncated …)."""

    def __init__(self, reason: str, message: str, arg: str = "") -> None:
        super().__init__(message, arg)
        self.reason = reason


class WorkspaceStateError(KitError):
    """The workspace is not in a state for this (not empty, not a field one …)."""


class MergeChangedError(KitError):
    """The site changed a referral while the user was choosing; import again."""


MESSAGES = {
    NOT_A_KIT: QT_TRANSLATE_NOOP(
        "fieldkit",
        "The file is not a field kit, or its beginning is damaged.",
    ),
    UNSUPPORTED: QT_TRANSLATE_NOOP(
        "fieldkit",
        "The field kit was made in a format this version of the application "
        "cannot read (format {arg}). Update the application, or the file is damaged.",
    ),
    TRUNCATED: QT_TRANSLATE_NOOP(
        "fieldkit",
        "The field kit is incomplete: the file was cut short ({arg} bytes are "
        "missing). Copy it again.",
    ),
    TAMPERED: QT_TRANSLATE_NOOP(
        "fieldkit",
        "The field kit was altered or damaged after it was made. It was refused "
        "and nothing was taken from it.",
    ),
    WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "fieldkit", "The passphrase of the field kit is wrong."
    ),
    OTHER_SITE: QT_TRANSLATE_NOOP(
        "fieldkit",
        "The field kit was made for another site (site {arg}), not this one. It "
        "was refused and nothing was imported.",
    ),
}
NOT_RETURN_KIT = QT_TRANSLATE_NOOP(
    "fieldkit",
    "This is a field kit made at the site, not a return kit. Open it on the "
    "laptop; bring back the return kit the laptop makes.",
)
NOT_FIELD_KIT = QT_TRANSLATE_NOOP(
    "fieldkit",
    "This is a return kit made on a laptop. Import it at the site it came from.",
)


def refused(reason: str, arg: str = "") -> KitRefusedError:
    """The error for a refused kit, with the message for ``reason``."""
    return KitRefusedError(reason, MESSAGES[reason], arg)
