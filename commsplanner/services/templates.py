"""Campaign templates from good internal-communications practice.

Templates are data: ``resources/templates/<id>.json``, each with its texts in Spanish and
English and its communications at day offsets from a start date (negative offsets come
before it: managers hear news before their teams). :meth:`TemplateService.instantiate`
turns one into an ordinary, editable campaign with its communications, in one undoable
:class:`~commsplanner.services.planning.PlanEdit`. Each communication goes to a channel of
the suggested kind: the workspace's own when it has one, else (if asked) a new channel.

File shape::

    {"id": "pulse_survey", "order": 3, "priority": "high", "colour": "#4c78a8",
     "duration_days": 90,
     "name": {"es": …, "en": …}, "summary": {…}, "objective": {…},
     "key_messages": {"es": [...], "en": [...]},
     "communications": [
        {"offset_days": -7, "time": "09:30", "duration_minutes": 30, "channel_kind": "meeting",
         "title": {"es": …, "en": …}, "brief": {"es": …, "en": …},
         "recurrence": "FREQ=WEEKLY;COUNT=4"  (optional)}, …],
     "rules": [{"kind": "lead_time", "first": 0, "second": 2, "days": 1},
               {"kind": "not_before", "first": 2, "second": 6}, …]  (optional)}

``rules`` are sequencing rules between the template's communications (``first`` and
``second`` index the ``communications`` list as written); :meth:`TemplateService.instantiate`
creates them with the campaign, in the same undoable edit.

``_channels.json`` names the channels a template may create, per kind and language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import (
    Campaign,
    Channel,
    ChannelKind,
    CommsPlannerError,
    Communication,
    EntityKind,
    Priority,
    Status,
    ValueWeight,
)
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.recurrence import validate_rule
from ..domain.sequencing import RuleKind, SequencingRule
from ..i18n import normalise_language
from ..paths import resource_path
from .planning import PlanEdit, PlanningService, Step, _check_unique, clean_name, recording

if TYPE_CHECKING:
    from ..storage import Workspace

LANGUAGES = ("es", "en")


class TemplateError(CommsPlannerError):
    """A template file that cannot be used."""


def _text(values: Any, where: str) -> dict[str, str]:
    if not isinstance(values, dict) or any(
        not isinstance(values.get(lang), str) or not values[lang].strip() for lang in LANGUAGES
    ):
        raise ValueError(f"{where} needs a text in each of {', '.join(LANGUAGES)}")
    return {lang: values[lang].strip() for lang in LANGUAGES}


@dataclass(frozen=True)
class TemplateCommunication:
    offset_days: int
    at: time
    duration_minutes: int
    channel_kind: ChannelKind
    title: dict[str, str]
    brief: dict[str, str]
    recurrence: str | None = None


@dataclass(frozen=True)
class TemplateRule:
    """A sequencing rule between two of a template's communications (indexes into the
    template's communications, in date order)."""

    kind: RuleKind
    first: int
    second: int
    days: int = 0


@dataclass(frozen=True)
class CampaignTemplate:
    id: str
    order: int
    name: dict[str, str]
    summary: dict[str, str]
    objective: dict[str, str]
    key_messages: dict[str, tuple[str, ...]]
    priority: Priority
    colour: str
    duration_days: int
    communications: tuple[TemplateCommunication, ...] = field(default=())
    rules: tuple[TemplateRule, ...] = field(default=())

    def text(self, name: str, language: str) -> str:
        return getattr(self, name)[normalise_language(language)]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CampaignTemplate:
        ident = str(data["id"])
        comms = []
        for number, raw in enumerate(data["communications"], start=1):
            where = f"communication {number}"
            hours, minutes = (int(p) for p in str(raw.get("time", "09:00")).split(":"))
            recurrence = raw.get("recurrence") or None
            if recurrence:
                validate_rule(recurrence, datetime(2000, 1, 3, hours, minutes))
            comm = TemplateCommunication(
                offset_days=int(raw["offset_days"]),
                at=time(hours, minutes),
                duration_minutes=int(raw.get("duration_minutes", 30)),
                channel_kind=ChannelKind(raw["channel_kind"]),
                title=_text(raw.get("title"), f"{where} title"),
                brief=_text(raw.get("brief"), f"{where} brief"),
                recurrence=recurrence,
            )
            if comm.duration_minutes <= 0:
                raise ValueError(f"{where} needs a positive duration")
            comms.append(comm)
        if not comms:
            raise ValueError("a template needs communications")
        # Communications are kept in date order; rules index them as the file lists them.
        order = sorted(range(len(comms)), key=lambda i: (comms[i].offset_days, comms[i].at))
        position = {original: sorted_at for sorted_at, original in enumerate(order)}
        rules = []
        for number, raw in enumerate(data.get("rules") or (), start=1):
            kind = RuleKind(raw["kind"])
            if kind not in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE):
                raise ValueError(f"rule {number}: only rules between communications are allowed")
            first, second = int(raw["first"]), int(raw["second"])
            if first not in position or second not in position or first == second:
                raise ValueError(f"rule {number} names a communication the template lacks")
            rule = TemplateRule(kind, position[first], position[second], int(raw.get("days", 0)))
            if rule.days < 0:
                raise ValueError(f"rule {number} needs a number of days from 0")
            rules.append(rule)
        messages = data.get("key_messages") or {}
        template = cls(
            id=ident,
            order=int(data.get("order", 100)),
            name=_text(data.get("name"), "name"),
            summary=_text(data.get("summary"), "summary"),
            objective=_text(data.get("objective"), "objective"),
            key_messages={
                lang: tuple(str(m).strip() for m in messages.get(lang, ()) if str(m).strip())
                for lang in LANGUAGES
            },
            priority=Priority(data.get("priority", "normal")),
            colour=str(data.get("colour", "#f58518")),
            duration_days=int(data.get("duration_days", 0)),
            communications=tuple(comms[i] for i in order),
            rules=tuple(rules),
        )
        Campaign(template.name["en"], colour=template.colour).validate()
        return template


def load_templates(folder: Path | None = None) -> tuple[list[CampaignTemplate], dict[str, Any]]:
    """Every template in ``folder`` (by their order) and the shared channel names."""
    folder = folder or resource_path("templates")
    templates: list[CampaignTemplate] = []
    extras: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if path.name.startswith("_"):
                extras.update(data)
                continue
            templates.append(CampaignTemplate.from_dict(data))
        except (OSError, ValueError, KeyError, TypeError, CommsPlannerError) as exc:
            raise TemplateError(
                QT_TRANSLATE_NOOP(
                    "errors", "The campaign template “{file}” is damaged ({detail})."
                ),
                file=path.name,
                detail=str(exc),
            ) from None
    templates.sort(key=lambda t: (t.order, t.id))
    return templates, extras


@dataclass(frozen=True)
class PlannedCommunication:
    """One communication a template would create (for previews)."""

    template: TemplateCommunication
    title: str
    brief: str
    start: datetime
    channel_kind: ChannelKind
    # The workspace channel it would use; None when one would be created (or left empty).
    channel_id: int | None
    channel_name: str
    creates_channel: bool


class TemplateService:
    """The bundled campaign templates, and campaigns made from them."""

    def __init__(
        self, workspace: Workspace, planning: PlanningService, folder: Path | None = None
    ) -> None:
        self._ws = workspace
        self._planning = planning
        self._folder = folder

    @cached_property
    def _loaded(self) -> tuple[list[CampaignTemplate], dict[str, Any]]:
        return load_templates(self._folder)

    def templates(self) -> list[CampaignTemplate]:
        return list(self._loaded[0])

    def get(self, template_id: str) -> CampaignTemplate:
        for template in self._loaded[0]:
            if template.id == template_id:
                return template
        raise TemplateError(
            QT_TRANSLATE_NOOP("errors", "There is no campaign template “{id}”."), id=template_id
        )

    def channel_name(self, kind: ChannelKind, language: str) -> str:
        names = self._loaded[1].get("channel_names", {})
        return names.get(ChannelKind(kind).value, {}).get(
            normalise_language(language), ChannelKind(kind).value
        )

    def _two_way(self, kind: ChannelKind) -> bool:
        return ChannelKind(kind).value in self._loaded[1].get("two_way", ())

    # ------------------------------------------------------------------ dates
    def _closed_days(self, first: date, last: date) -> set[date]:
        """Public holidays of the workspace's country and region between two dates."""
        settings = self._ws.settings.load()
        if not settings.country:
            return set()
        import holidays  # imported when needed: it is slow to import

        try:
            found = holidays.country_holidays(
                settings.country,
                subdiv=settings.region or None,
                years=range(first.year, last.year + 1),
            )
        except (NotImplementedError, KeyError):
            return set()
        return {d for d in found if first <= d <= last}

    def plan_dates(
        self, template: CampaignTemplate, start: date, *, working_days_only: bool = True
    ) -> list[date]:
        """The day of each of the template's communications for a campaign starting on
        ``start``. Weekends and public holidays move to the next working day (to the
        previous one for communications before the start, so a pre-brief stays before).

        Moving never changes the order of days: a communication planned for a later day
        than another stays on a later day (a Saturday start must not put the announcement
        and the team conversations that follow it on the same Monday morning)."""
        raw = [start + timedelta(days=c.offset_days) for c in template.communications]
        if not working_days_only:
            return raw
        closed = self._closed_days(min(raw) - timedelta(days=60), max(raw) + timedelta(days=60))

        def open_day(day: date) -> bool:
            return day.weekday() < 5 and day not in closed

        comms = template.communications

        def begins(i: int, day: date) -> datetime:
            return datetime.combine(day, comms[i].at)

        def ends(i: int, day: date) -> datetime:
            return begins(i, day) + timedelta(minutes=comms[i].duration_minutes)

        out: list[date | None] = [None] * len(comms)
        # From the start onwards: a later offset never starts before an earlier one is over.
        for i in sorted(range(len(comms)), key=lambda i: comms[i].offset_days):
            offset = comms[i].offset_days
            if offset < 0:
                continue
            earlier = [
                ends(j, out[j])
                for j in range(len(comms))
                if out[j] is not None and 0 <= comms[j].offset_days < offset
            ]
            bound = max(earlier) if earlier else None
            day = raw[i]
            while not open_day(day) or (bound is not None and begins(i, day) < bound):
                day += timedelta(days=1)
            out[i] = day
        # Before the start: an earlier offset is always over before a later one starts.
        for i in sorted(
            (i for i in range(len(comms)) if comms[i].offset_days < 0),
            key=lambda i: -comms[i].offset_days,
        ):
            offset = comms[i].offset_days
            later = [
                begins(j, out[j])
                for j in range(len(comms))
                if out[j] is not None and comms[j].offset_days > offset
            ]
            limit = min(later) if later else None
            day = raw[i]
            while not open_day(day) or (limit is not None and ends(i, day) > limit):
                day -= timedelta(days=1)
            out[i] = day
        return out  # type: ignore[return-value]

    # ------------------------------------------------------------------ preview
    def _channel_for(self, kind: ChannelKind, channels: Sequence[Channel]) -> Channel | None:
        matching = [c for c in channels if c.kind == kind]
        return min(matching, key=lambda c: c.name.casefold()) if matching else None

    def preview(
        self,
        template_id: str,
        start: date,
        *,
        language: str,
        working_days_only: bool = True,
        create_missing_channels: bool = True,
    ) -> list[PlannedCommunication]:
        """What :meth:`instantiate` would create, without writing anything."""
        template = self.get(template_id)
        lang = normalise_language(language)
        channels = self._ws.channels.list()
        days = self.plan_dates(template, start, working_days_only=working_days_only)
        out = []
        for comm, day in zip(template.communications, days, strict=True):
            channel = self._channel_for(comm.channel_kind, channels)
            name = channel.name if channel else self.channel_name(comm.channel_kind, lang)
            out.append(
                PlannedCommunication(
                    template=comm,
                    title=comm.title[lang],
                    brief=comm.brief[lang],
                    start=datetime.combine(day, comm.at),
                    channel_kind=comm.channel_kind,
                    channel_id=channel.id if channel else None,
                    channel_name=name if (channel or create_missing_channels) else "",
                    creates_channel=channel is None and create_missing_channels,
                )
            )
        return out

    # ------------------------------------------------------------------ instantiate
    def instantiate(
        self,
        template_id: str,
        start: date,
        *,
        language: str,
        name: str | None = None,
        owner: str = "",
        segment_ids: Iterable[int] = (),
        goal_ids: Iterable[int] = (),
        value_weights: dict[int, ValueWeight] | None = None,
        create_missing_channels: bool = True,
        working_days_only: bool = True,
        who: str = "",
        with_rules: bool = True,
    ) -> PlanEdit:
        """Creates a draft campaign with the template's communications (one undoable edit).

        With ``with_rules`` the template's sequencing rules come along (managers first, then
        all staff, then the listening session), written for the new campaign.

        The campaign runs from its first communication to the later of its last one and
        ``start + duration_days``; without ``name`` it takes the template's (made unique).
        """
        template = self.get(template_id)
        lang = normalise_language(language)
        planned = self.preview(
            template_id,
            start,
            language=lang,
            working_days_only=working_days_only,
            create_missing_channels=create_missing_channels,
        )
        if name is None or not clean_name(name):
            campaign_name = self._planning.unique_campaign_name(template.name[lang])
        else:
            campaign_name = clean_name(name)
            _check_unique(EntityKind.CAMPAIGN, campaign_name, self._ws.campaigns.list(), None)
        first = min(p.start.date() for p in planned)
        last = max(p.start.date() for p in planned)
        end = max(last, start + timedelta(days=template.duration_days))
        campaign = Campaign(
            name=campaign_name,
            objective=template.objective[lang],
            key_messages=template.key_messages[lang],
            goal_ids=tuple(goal_ids),
            value_weights=dict(value_weights or {}),
            segment_ids=tuple(segment_ids),
            owner=owner,
            status=Status.DRAFT,
            priority=template.priority,
            start=first,
            end=end,
            colour=template.colour,
            notes="",
        )
        with recording(self._ws) as rec:
            created: dict[ChannelKind, int] = {}
            comms = []
            for item in planned:
                channel_id = item.channel_id
                if channel_id is None and item.creates_channel:
                    if item.channel_kind not in created:
                        channel = rec.add(
                            EntityKind.CHANNEL,
                            Channel(
                                self._free_channel_name(item.channel_name),
                                kind=item.channel_kind,
                                two_way=self._two_way(item.channel_kind),
                            ),
                        )
                        created[item.channel_kind] = channel.id
                    channel_id = created[item.channel_kind]
                comms.append(
                    Communication(
                        campaign_id=0,
                        title=item.title,
                        start=item.start,
                        duration_minutes=item.template.duration_minutes,
                        channel_id=channel_id,
                        message_brief=item.brief,
                        owner=owner,
                        status=Status.DRAFT,
                        recurrence=item.template.recurrence,
                    )
                )
            inner = self._planning.add_campaign(campaign, comms, who=who)
            rec.steps.extend(inner.steps)
            rec.warn(inner.warnings)
            if with_rules and template.rules:
                created = inner.created(EntityKind.COMMUNICATION)
                campaign_id = inner.created_id(EntityKind.CAMPAIGN)
                for rule in template.rules:
                    stored = self._ws.sequencing_rules.add(
                        SequencingRule(
                            kind=rule.kind,
                            first_id=created[rule.first].id,
                            second_id=created[rule.second].id,
                            campaign_id=campaign_id,
                            days=rule.days,
                        )
                    )
                    rec.steps.append(Step(EntityKind.SEQUENCING_RULE, None, stored))
        return rec.edit  # type: ignore[return-value]

    def _free_channel_name(self, name: str) -> str:
        taken = {c.name.casefold() for c in self._ws.channels.list()}
        candidate, number = name, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{name} ({number})"
        return candidate
