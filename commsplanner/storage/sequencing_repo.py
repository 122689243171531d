"""The sequencing rules of a workspace (table ``sequencing_rules``)."""

from __future__ import annotations

from ..domain import EntityKind
from ..domain.sequencing import SequencingRule
from .repositories import Repository


class SequencingRuleRepository(Repository[SequencingRule]):
    model = SequencingRule
    table = "sequencing_rules"
    kind = EntityKind.SEQUENCING_RULE
    what = "sequencing rule"

    def for_campaign(self, campaign_id: int) -> list[SequencingRule]:
        """Rules written for one campaign (not the cross-campaign ones)."""
        rows = self.ws.conn.execute(
            "SELECT * FROM sequencing_rules WHERE campaign_id = ? ORDER BY id", (campaign_id,)
        ).fetchall()
        return self._from_rows(rows)

    def naming(self, comm_id: int) -> list[SequencingRule]:
        """Rules that name a communication as one of their two ends."""
        rows = self.ws.conn.execute(
            "SELECT * FROM sequencing_rules WHERE first_id = ? OR second_id = ? ORDER BY id",
            (comm_id, comm_id),
        ).fetchall()
        return self._from_rows(rows)
