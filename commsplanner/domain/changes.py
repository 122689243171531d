"""What a mutation changed, so that every screen can refresh just that."""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import EntityKind


@dataclass
class Changes:
    """Ids added, updated and removed per entity kind during one operation."""

    added: dict[EntityKind, set[int]] = field(default_factory=dict)
    updated: dict[EntityKind, set[int]] = field(default_factory=dict)
    removed: dict[EntityKind, set[int]] = field(default_factory=dict)

    def add(self, kind: EntityKind, entity_id: int) -> None:
        self.added.setdefault(kind, set()).add(entity_id)

    def update(self, kind: EntityKind, entity_id: int) -> None:
        if entity_id not in self.added.get(kind, ()):
            self.updated.setdefault(kind, set()).add(entity_id)

    def remove(self, kind: EntityKind, entity_id: int) -> None:
        if entity_id in self.added.get(kind, ()):
            self.added[kind].discard(entity_id)
        else:
            self.removed.setdefault(kind, set()).add(entity_id)
        self.updated.get(kind, set()).discard(entity_id)

    def merge(self, other: Changes) -> None:
        for kind, ids in other.added.items():
            for entity_id in ids:
                self.add(kind, entity_id)
        for kind, ids in other.updated.items():
            for entity_id in ids:
                self.update(kind, entity_id)
        for kind, ids in other.removed.items():
            for entity_id in ids:
                self.remove(kind, entity_id)

    def kinds(self) -> set[EntityKind]:
        """Every entity kind touched."""
        return {
            k for part in (self.added, self.updated, self.removed) for k, v in part.items() if v
        }

    def touches(self, *kinds: EntityKind) -> bool:
        return bool(self.kinds() & set(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds())
