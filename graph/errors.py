"""Errors kamergraph reports to users, with the exit codes the CLI documents."""

from __future__ import annotations


class KamergraphError(Exception):
    """Base class: ``exit_code`` is what the command line exits with."""

    exit_code = 2


class InputError(KamergraphError):
    """A file or directory cannot be read as a letter (missing, empty, binary, undecodable)."""

    exit_code = 2


class UsageError(KamergraphError):
    """A command was called with arguments that cannot work (unknown query, bad parameter)."""

    exit_code = 2


class ValidationFailed(KamergraphError):
    """The graph does not conform to the SHACL shapes: a finding, not a crash."""

    exit_code = 1


class OutputError(KamergraphError):
    """The output folder cannot be written (not a folder, no permission, disk full)."""

    exit_code = 2
