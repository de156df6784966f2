"""A Discord double on loopback: enough REST and gateway for the real bot.start().

It serves one bot user, one application and the guilds it is given; records every REST
request with its JSON body (``requests``) and every route it does not know
(``unknown``: tests assert it stays empty). The bot is pointed at it with
SPACEBRIEF_DISCORD_API / SPACEBRIEF_DISCORD_GATEWAY (see DISCORD_TESTING.md).

Test-side controls: ``gone`` / ``forbidden`` channel ids answer 404 / 403 to posts,
``interact()`` sends an INTERACTION_CREATE built from the synced command definitions and
waits for its callback, ``mention()`` sends a MESSAGE_CREATE.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

BOT_ID = 900000000000000001
APP_ID = 900000000000000002
OWNER_ID = 900000000000000003
GUILD_ID = 100000000000000001
CHANNEL_ID = 100000000000000011
OTHER_CHANNEL_ID = 100000000000000012
ADMIN_ID = 300000000000000001
MEMBER_ID = 300000000000000002
ADMIN_PERMS = str((1 << 53) - 1)  # Discord resolves an administrator to every bit
MEMBER_PERMS = str((1 << 10) | (1 << 11) | (1 << 14) | (1 << 16) | (1 << 31))

_ids = itertools.count(500000000000000000)


def snowflake() -> str:
    return str(next(_ids))


def user(uid: int, name: str, *, bot: bool = False) -> dict:
    return {
        "id": str(uid),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def channel(cid: int, name: str, guild_id: int = GUILD_ID, position: int = 0) -> dict:
    return {
        "id": str(cid),
        "type": 0,
        "name": name,
        "guild_id": str(guild_id),
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def guild(gid: int = GUILD_ID, channels: list[dict] | None = None) -> dict:
    return {
        "id": str(gid),
        "name": "Space Politics",
        "icon": None,
        "owner_id": str(ADMIN_ID),
        "roles": [
            {
                "id": str(gid),
                "name": "@everyone",
                "permissions": MEMBER_PERMS,
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "channels": channels
        or [channel(CHANNEL_ID, "general"), channel(OTHER_CHANNEL_ID, "news", position=1)],
        "members": [],
        "member_count": 3,
        "joined_at": "2024-01-01T00:00:00+00:00",
        "large": False,
        "unavailable": False,
        "features": [],
        "emojis": [],
        "stickers": [],
        "threads": [],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "system_channel_id": None,
        "afk_timeout": 300,
    }


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    status: int = 200


@dataclass
class DiscordDouble:
    guilds: list[dict] = field(default_factory=lambda: [guild()])
    gone: set[int] = field(default_factory=set)
    forbidden: set[int] = field(default_factory=set)
    requests: list[Recorded] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    commands: list[dict] = field(default_factory=list)
    callbacks: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.port = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Condition()
        self.identified = 0

    # -- lifecycle ---------------------------------------------------------------

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> DiscordDouble:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner:
            await self._runner.cleanup()

    # -- what tests read -----------------------------------------------------------

    def posts(self, channel_id: int | None = None) -> list[Recorded]:
        """Messages the bot posted in channels (successfully), oldest first."""
        out = []
        for r in self.requests:
            m = re.fullmatch(r"/api/v10/channels/(\d+)/messages", r.path)
            if (
                r.method == "POST"
                and m
                and r.status == 200
                and (channel_id is None or int(m.group(1)) == channel_id)
            ):
                out.append(r)
        return out

    def sent_payloads(self) -> list[dict]:
        """Every JSON body the bot sent that can carry text: posts, callbacks, follow-ups."""
        out = []
        for r in self.requests:
            if r.method in ("POST", "PATCH") and isinstance(r.json, dict):
                body = r.json.get("data", r.json) if "/callback" in r.path else r.json
                if isinstance(body, dict) and ("content" in body or "embeds" in body):
                    out.append(body)
        return out

    def followups(self, token: str) -> list[Recorded]:
        return [
            r
            for r in self.requests
            if r.path.startswith(f"/api/v10/webhooks/{APP_ID}/{token}") and r.method != "GET"
        ]

    async def wait_for(self, predicate, seconds: float = 5.0):
        async with asyncio.timeout(seconds), self._changed:
            await self._changed.wait_for(predicate)

    # -- gateway ------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if data["op"] == 1:
                await ws.send_json({"op": 11})
            elif data["op"] == 2:
                await self._identify(ws, data["d"])
        self._sockets.remove(ws)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, d: dict) -> None:
        self.identified += 1
        self.identify_intents = d.get("intents")
        ready = {
            "v": 10,
            "user": user(BOT_ID, "SpaceBrief", bot=True),
            "guilds": [{"id": g["id"], "unavailable": True} for g in self.guilds],
            "session_id": f"session-{self.identified}",
            "resume_gateway_url": self.gateway,
            "application": {"id": str(APP_ID), "flags": 0},
            "shard": d.get("shard", [0, 1]),
        }
        await self._send(ws, "READY", ready)
        for g in self.guilds:
            await self._send(ws, "GUILD_CREATE", g)
        async with self._changed:
            self._changed.notify_all()

    async def _send(self, ws: web.WebSocketResponse, event: str, data: dict) -> None:
        await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def dispatch(self, event: str, data: dict) -> None:
        for ws in self._sockets:
            await self._send(ws, event, data)

    # -- test-driven events ---------------------------------------------------------

    async def mention(
        self, text: str, *, author_id: int = MEMBER_ID, bot_author: bool = False
    ) -> str:
        """A member's message mentioning the bot; returns the message id."""
        mid = snowflake()
        await self.dispatch(
            "MESSAGE_CREATE",
            {
                "id": mid,
                "channel_id": str(CHANNEL_ID),
                "guild_id": str(GUILD_ID),
                "author": user(author_id, f"user{author_id % 1000}", bot=bot_author),
                "member": {"roles": [], "joined_at": "2024-01-01T00:00:00+00:00", "flags": 0},
                "content": text,
                "mentions": [user(BOT_ID, "SpaceBrief", bot=True)]
                if f"<@{BOT_ID}>" in text
                else [],
                "mention_roles": [],
                "mention_everyone": False,
                "attachments": [],
                "embeds": [],
                "timestamp": "2024-01-01T00:00:00+00:00",
                "edited_timestamp": None,
                "tts": False,
                "pinned": False,
                "type": 0,
                "flags": 0,
            },
        )
        return mid

    async def interact(
        self,
        *path: str,
        options: dict[str, Any] | None = None,
        user_id: int = ADMIN_ID,
        permissions: str = ADMIN_PERMS,
        focused: str | None = None,
        wait: bool = True,
    ) -> tuple[str, dict]:
        """Invoke `/path...` with options (or autocomplete `focused`); returns (token, callback)."""
        command = next(c for c in self.commands if c["name"] == path[0])
        spec, nested = command, []
        for name in path[1:]:
            spec = next(o for o in spec["options"] if o["name"] == name)
            nested.append(spec)
        resolved: dict[str, dict] = {}
        opts = []
        for name, value in (options or {}).items():
            o = next(o for o in spec.get("options", []) if o["name"] == name)
            item = {"name": name, "type": o["type"], "value": value}
            if o["type"] == 7:  # CHANNEL
                item["value"] = str(value)
                resolved.setdefault("channels", {})[str(value)] = {
                    **channel(int(value), f"channel{int(value) % 100}"),
                    "permissions": ADMIN_PERMS,
                }
            if name == focused:
                item["focused"] = True
            opts.append(item)
        for sub in reversed(nested):
            opts = [{"name": sub["name"], "type": sub["type"], "options": opts}]
        iid, token = snowflake(), f"token-{snowflake()}"
        data = {"id": command["id"], "name": command["name"], "type": 1, "options": opts}
        if resolved:
            data["resolved"] = resolved
        member_user = user(user_id, f"user{user_id % 1000}")
        payload = {
            "id": iid,
            "application_id": str(APP_ID),
            "type": 4 if focused else 2,
            "token": token,
            "version": 1,
            "data": data,
            "guild_id": str(GUILD_ID),
            "channel_id": str(CHANNEL_ID),
            "channel": {**channel(CHANNEL_ID, "general"), "permissions": permissions},
            "member": {
                "user": member_user,
                "roles": [],
                "permissions": permissions,
                "joined_at": "2024-01-01T00:00:00+00:00",
                "flags": 0,
                "deaf": False,
                "mute": False,
            },
            "app_permissions": ADMIN_PERMS,
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        await self.dispatch("INTERACTION_CREATE", payload)
        if wait:
            await self.wait_for(lambda: iid in self.callbacks)
        return token, self.callbacks.get(iid, {})

    # -- REST -------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        body = await request.read()
        payload = None
        if body and request.content_type == "application/json":
            payload = json.loads(body)
        elif body and request.content_type.startswith("multipart/"):
            payload = {"multipart": True}
        rec = Recorded(request.method, request.path, dict(request.query), payload)
        status, out = self._route(request.method, request.path, payload, rec)
        rec.status = status
        self.requests.append(rec)
        async with self._changed:
            self._changed.notify_all()
        if status == 204:
            return web.Response(status=204)
        return web.Response(
            status=status,
            body=json.dumps(out).encode(),
            headers={"Content-Type": "application/json"},
        )

    def _route(self, method: str, path: str, payload: Any, rec: Recorded) -> tuple[int, Any]:
        p = path.removeprefix("/api/v10")
        if method == "GET" and p == "/users/@me":
            return 200, user(BOT_ID, "SpaceBrief", bot=True)
        if method == "GET" and p == "/oauth2/applications/@me":
            return 200, {
                "id": str(APP_ID),
                "name": "SpaceBrief",
                "icon": None,
                "description": "",
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "owner": user(OWNER_ID, "operator"),
                "flags": 0,
            }
        if method == "GET" and p in ("/gateway/bot", "/gateway"):
            limits = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
            return 200, {"url": self.gateway, "shards": 1, "session_start_limit": limits}
        if method == "PUT" and re.fullmatch(rf"/applications/{APP_ID}(/guilds/\d+)?/commands", p):
            self.commands = [
                {**c, "id": snowflake(), "application_id": str(APP_ID), "version": "1"}
                for c in payload
            ]
            return 200, self.commands
        m = re.fullmatch(r"/channels/(\d+)/messages", p)
        if method == "POST" and m:
            cid = int(m.group(1))
            if cid in self.gone:
                return 404, {"code": 10003, "message": "Unknown Channel"}
            if cid in self.forbidden:
                return 403, {"code": 50001, "message": "Missing Access"}
            return 200, self._message(cid, payload)
        if method == "POST" and re.fullmatch(r"/channels/\d+/typing", p):
            return 204, None
        m = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", p)
        if method == "POST" and m:
            self.callbacks[m.group(1)] = payload
            data = payload.get("data") or {}
            resource: dict[str, Any] = {"type": payload["type"]}
            if payload["type"] == 4:
                resource["message"] = self._message(CHANNEL_ID, data)
            interaction = {
                "id": m.group(1),
                "type": 2,
                "response_message_loading": payload["type"] == 5,
                "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
            }
            return 200, {"interaction": interaction, "resource": resource}
        m = re.fullmatch(rf"/webhooks/{APP_ID}/([^/]+)(/messages/(@original|\d+))?", p)
        if m:
            if method == "DELETE":
                return 204, None
            return 200, self._message(CHANNEL_ID, payload or {}, webhook=True)
        self.unknown.append(f"{method} {path}")
        return 404, {"code": 0, "message": "404: Not Found"}

    def _message(self, cid: int, payload: dict, *, webhook: bool = False) -> dict:
        return {
            "id": snowflake(),
            "channel_id": str(cid),
            "author": user(BOT_ID, "SpaceBrief", bot=True),
            "content": payload.get("content") or "",
            "embeds": payload.get("embeds") or [],
            "timestamp": "2024-01-01T00:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "pinned": False,
            "type": 0,
            "flags": payload.get("flags") or 0,
            **({"webhook_id": str(APP_ID)} if webhook else {}),
        }
