"""The base's one model: the content version that every derived, per-process cache is made for."""

from .content_version import ContentVersion

__all__ = ["ContentVersion"]
