"""Send spatial parameters to a spatializer or DAW over OSC (UDP).

Two protocols:

``seed`` (this project's own, the paper's seed messages)
    ``/source/azimuth`` degrees in *our* convention (0 front, +90 right),
    ``/source/elevation`` degrees (+ up), ``/source/distance`` metres,
    ``/source/spread`` degrees, ``/source/wet`` 0..1, ``/source/gain`` dB,
    ``/source/drr`` dB. With a source id N the prefix is ``/source/N/``.
``adm`` (ADM-OSC v1.0, the industry object-position protocol)
    ``/adm/obj/N/azim`` degrees with ADM's direction: 0 front, **positive =
    left** (so ADM azim = -our azimuth), -180..180; ``/elev`` -90..90;
    ``/dist`` normalised 0..1 where 1 = ``dmax`` metres (sent as
    ``/adm/obj/N/dmax``, default 6 m, our largest distance); ``/aed`` packed
    azim, elev, dist; ``/w`` width normalised 0..1 = spread / 360 degrees
    (ADM's width spans 0..360); ``/gain`` linear amplitude (1.0 = 0 dB);
    ``/name`` the sentence, at most 128 characters. Object numbers start at 1.

A moving source (``motion``) is sent as a timed stream of positions: one
position message group every ``1 / rate_hz`` seconds over ``duration_s``.
"""
from __future__ import annotations

import math
import time
from typing import Iterable

from .files import db_to_lin
from .params import SpatialParams

PROTOCOLS = ("seed", "adm")
ADM_DMAX_M = 6.0
ADM_NAME_MAX = 128
MAX_DURATION_S = 3600.0
MAX_RATE_HZ = 1000.0

Message = tuple[str, list]


def seed_messages(p: SpatialParams, source_id: int | None = None) -> list[Message]:
    """The seed protocol's messages for one set of parameters (our conventions)."""
    pre = "/source" if source_id is None else f"/source/{int(source_id)}"
    return [
        (f"{pre}/azimuth", [float(p.az_deg)]),
        (f"{pre}/elevation", [float(p.el_deg)]),
        (f"{pre}/distance", [float(p.dist_m)]),
        (f"{pre}/spread", [float(p.spread_deg)]),
        (f"{pre}/wet", [float(p.wet_mix)]),
        (f"{pre}/gain", [float(p.gain_db)]),
        (f"{pre}/drr", [float(p.drr_db)]),
    ]


def adm_position(p: SpatialParams, dmax_m: float = ADM_DMAX_M) -> tuple[float, float, float]:
    """(azim, elev, dist) in ADM-OSC conventions: azim positive to the left, dist 0..1."""
    azim = -p.az_deg if p.az_deg != 180.0 else 180.0
    return float(azim), float(p.el_deg), float(min(1.0, p.dist_m / dmax_m))


def adm_messages(p: SpatialParams, obj: int = 1, dmax_m: float = ADM_DMAX_M,
                 name: str | None = None, position_only: bool = False) -> list[Message]:
    """ADM-OSC object messages for one set of parameters.

    Parameters
    ----------
    obj : int
        Object number, 1 or more.
    dmax_m : float
        Metres that the normalised distance 1.0 stands for.
    position_only : bool
        Only the position messages (used for the frames of a moving source).
    """
    if obj < 1:
        raise ValueError(f"ADM-OSC object numbers start at 1, got {obj}")
    azim, elev, dist = adm_position(p, dmax_m)
    pre = f"/adm/obj/{int(obj)}"
    msgs: list[Message] = [(f"{pre}/azim", [azim]), (f"{pre}/elev", [elev]),
                           (f"{pre}/dist", [dist]), (f"{pre}/aed", [azim, elev, dist])]
    if position_only:
        return msgs
    msgs += [(f"{pre}/dmax", [float(dmax_m)]),
             (f"{pre}/w", [float(p.spread_deg) / 360.0]),
             (f"{pre}/gain", [db_to_lin(p.gain_db)])]
    if name:
        msgs.append((f"{pre}/name", [name[:ADM_NAME_MAX]]))
    return msgs


def _adm_obj(source_id: int | None) -> int:
    # None means "the first object"; 0 is an error adm_messages reports, not object 1.
    return 1 if source_id is None else source_id


def check_stream(duration_s: float, rate_hz: float) -> None:
    """Refuse a stream duration or rate that is not a positive finite number (in range)."""
    for name, v, hi, unit in (("duration", duration_s, MAX_DURATION_S, "s"),
                              ("rate", rate_hz, MAX_RATE_HZ, "Hz")):
        if not (isinstance(v, (int, float)) and math.isfinite(v) and 0 < v <= hi):
            raise ValueError(f"{name} must be a number in (0, {hi:g}] {unit}, got {v!r}")


def messages_for(p: SpatialParams, protocol: str = "seed", source_id: int | None = None,
                 name: str | None = None) -> list[Message]:
    """All messages of one protocol for one (static) parameter set."""
    if protocol == "seed":
        return seed_messages(p, source_id)
    if protocol == "adm":
        return adm_messages(p, obj=_adm_obj(source_id), name=name)
    raise ValueError(f"unknown OSC protocol {protocol!r} (one of {', '.join(PROTOCOLS)})")


def motion_frames(p: SpatialParams, duration_s: float, rate_hz: float
                  ) -> list[tuple[float, SpatialParams]]:
    """Positions of a moving source sampled at ``rate_hz`` over ``duration_s`` seconds.

    Returns ``[(t_seconds, params_at_t), ...]`` including both ends; a static
    source gives a single frame at t = 0.
    """
    from .render.trajectory import params_at

    if not p.is_moving:
        return [(0.0, p)]
    check_stream(duration_s, rate_hz)
    n = max(2, int(math.floor(duration_s * rate_hz)) + 1)
    return [(i / rate_hz if i < n - 1 else duration_s,
             params_at(p, min(1.0, i / rate_hz / duration_s)))
            for i in range(n)]


class OscSender:
    """A UDP OSC client (python-osc) with the two protocols above."""

    def __init__(self, host: str = "127.0.0.1", port: int = 9000):
        from pythonosc.udp_client import SimpleUDPClient

        if not 0 < int(port) < 65536:
            raise ValueError(f"port {port} is outside 1..65535")
        self.client = SimpleUDPClient(host, int(port))

    def send(self, messages: Iterable[Message]) -> int:
        n = 0
        for address, args in messages:
            self.client.send_message(address, args)
            n += 1
        return n

    def send_params(self, p: SpatialParams, protocol: str = "seed", source_id: int | None = None,
                    name: str | None = None, duration_s: float = 4.0, rate_hz: float = 25.0,
                    sleep=time.sleep) -> int:
        """Send one parameter set; a moving source is streamed in real time.

        Returns the number of messages sent.
        """
        if p.is_moving:
            check_stream(duration_s, rate_hz)     # before the first message goes out
        n = self.send(messages_for(p, protocol, source_id, name))
        if not p.is_moving:
            return n
        t_prev = 0.0
        for t, q in motion_frames(p, duration_s, rate_hz)[1:]:
            sleep(t - t_prev)
            t_prev = t
            frame = (seed_messages(q, source_id)[:3] if protocol == "seed"
                     else adm_messages(q, obj=_adm_obj(source_id), position_only=True))
            n += self.send(frame)
        return n


    def send_scene(self, sources, protocol: str = "seed", duration_s: float = 4.0,
                   rate_hz: float = 25.0, sleep=time.sleep) -> int:
        """Send every source of a scene as its own object, numbered 1, 2, ... in order.

        ``sources`` are ``(label, SpatialParams)``; ADM-OSC objects carry the label as
        their name, the seed protocol uses ``/source/N/``. Moving sources are streamed
        together, frame by frame. Returns the number of messages sent.
        """
        sources = list(sources)
        if any(p.is_moving for _, p in sources):
            check_stream(duration_s, rate_hz)
        n = sum(self.send(messages_for(p, protocol, i, label))
                for i, (label, p) in enumerate(sources, 1))
        moving = [(i, motion_frames(p, duration_s, rate_hz)[1:])
                  for i, (_, p) in enumerate(sources, 1) if p.is_moving]
        t_prev = 0.0
        for k in range(max((len(f) for _, f in moving), default=0)):
            t = moving[0][1][k][0] if k < len(moving[0][1]) else t_prev
            sleep(max(0.0, t - t_prev))
            t_prev = t
            for i, frames in moving:
                if k < len(frames):
                    q = frames[k][1]
                    n += self.send(seed_messages(q, i)[:3] if protocol == "seed"
                                   else adm_messages(q, obj=i, position_only=True))
        return n


def add_arguments(parser) -> None:
    from .cliargs import PORT, float_in, int_in, nonempty_str

    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", type=nonempty_str,
                     help="a sentence; the model predicts the parameters")
    src.add_argument("--params", help="a JSON file holding one record of the paper's schema")
    src.add_argument("--scene", help="a scene JSON as written by `t2sa scene`: one object per "
                                     "source (/adm/obj/N/..., /source/N/...)")
    parser.add_argument("--host", type=nonempty_str, default="127.0.0.1")
    parser.add_argument("--port", type=PORT, default=9000, help="1..65535")
    parser.add_argument("--protocol", choices=PROTOCOLS, default="seed",
                        help="seed: /source/... in our convention; adm: ADM-OSC /adm/obj/N/...")
    parser.add_argument("--source-id", type=int_in(0, 65535), default=None,
                        help="seed: /source/N/... (0..65535); adm: object number 1..65535 "
                             "(default 1)")
    parser.add_argument("--duration", type=float_in(0.0, MAX_DURATION_S, lo_open=True),
                        default=4.0, help="seconds over which a moving source's path is "
                                          f"streamed, (0, {MAX_DURATION_S:g}]")
    parser.add_argument("--rate", type=float_in(0.0, MAX_RATE_HZ, lo_open=True), default=25.0,
                        help=f"position updates per second, (0, {MAX_RATE_HZ:g}]")
    parser.add_argument("--ckpt", default=None, help="model checkpoint (default: the committed one)")
    parser.add_argument("--print", dest="echo", action="store_true",
                        help="also print each message sent")


def resolve_host(host: str, port: int) -> None:
    """Refuse a host name that does not resolve, before any model is loaded."""
    import socket

    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)
    except (socket.gaierror, UnicodeError) as e:
        raise ValueError(f"--host {host!r}: cannot resolve this address "
                         f"({getattr(e, 'strerror', None) or e})") from None


def _load_params(args) -> tuple[SpatialParams, str | None]:
    if args.params:
        from .files import read_params_file

        return read_params_file(args.params)
    from .infer import T2SInfer

    rec = T2SInfer(ckpt=args.ckpt).predict([args.text])[0]
    return SpatialParams.from_record(rec), args.text


def _run_scene(args) -> int:
    from .files import dumps_json
    from .render.scene_render import read_scene

    scene = read_scene(args.scene)
    sources = [(s.label, s.params) for s in scene.sources]
    n = OscSender(args.host, args.port).send_scene(sources, args.protocol, args.duration,
                                                  args.rate)
    print(dumps_json({"sent": n, "host": args.host, "port": args.port, "protocol": args.protocol,
                      "objects": [{"index": i, "label": label} for i, (label, _) in
                                  enumerate(sources, 1)]}))
    return 0


def run(args) -> int:
    import sys

    from .files import dumps_json

    if args.protocol == "adm" and args.source_id == 0:
        raise ValueError("--source-id: ADM-OSC object numbers are 1..65535, got 0")
    resolve_host(args.host, args.port)
    if args.scene:
        return _run_scene(args)
    p, text = _load_params(args)
    sender = OscSender(args.host, args.port)
    if args.echo:
        for address, values in messages_for(p, args.protocol, args.source_id, text):
            print(address, *values)
    n = sender.send_params(p, args.protocol, args.source_id, text, args.duration, args.rate)
    print(dumps_json({"sent": n, "host": args.host, "port": args.port,
                      "protocol": args.protocol, **p.to_record(),
                      "az_deg": round(p.az_deg, 2), "el_deg": round(p.el_deg, 2)}))
    sys.stdout.flush()
    return 0
