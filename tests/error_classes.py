"""Every exception class the vault and the services define, made without running their code.

Used by the tests that check the command line and the screens word each of them.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import ehbc_desktop.services
import ehbc_desktop.vault


def defined_error_classes() -> list[type[BaseException]]:
    """Each exception class defined in a module under ehbc_desktop.vault or .services."""
    found: dict[str, type[BaseException]] = {}
    for package in (ehbc_desktop.vault, ehbc_desktop.services):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for _name, value in inspect.getmembers(module, inspect.isclass):
                if issubclass(value, BaseException) and value.__module__ == module.__name__:
                    found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def bare_instance(kind: type[BaseException]) -> BaseException:
    """An instance without calling the class's own __init__ (its fields may be missing)."""
    instance = kind.__new__(kind)
    BaseException.__init__(instance)
    return instance
