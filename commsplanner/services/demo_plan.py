"""The demo organisation's communication plan, in Spanish and English.

Every text is a pair ``(spanish, english)``; :mod:`commsplanner.services.demo` picks one. Rules
refer to people data, which stays in Spanish (see :mod:`.demo_people`). Dates are relative:
campaigns give a month offset from the plan's first month (or a calendar month for seasonal
ones) and communications a day offset from the campaign start.
"""

from __future__ import annotations

from typing import Any

from . import demo_people as people

Text = tuple[str, str]

# --------------------------------------------------------------------------- settings
PLAN_TITLE: Text = ("Plan de comunicación interna {years}", "Internal communication plan {years}")

# --------------------------------------------------------------------------- values
# key, name, description, colour
VALUES: tuple[tuple[str, Text, Text, str], ...] = (
    (
        "excellence",
        ("Excelencia", "Excellence"),
        (
            "Hacemos bien las cosas a la primera y aprendemos de cada error.",
            "We get things right first time and learn from every mistake.",
        ),
        "#1f77b4",
    ),
    (
        "cooperation",
        ("Cooperación", "Cooperation"),
        (
            "Tiendas, almacenes y oficinas nos ayudamos: nadie gana solo.",
            "Stores, warehouses and offices help each other: nobody wins alone.",
        ),
        "#2ca02c",
    ),
    (
        "teamwork",
        ("Trabajo en equipo", "Teamwork"),
        (
            "Cada turno es un equipo que comparte objetivos, información y reconocimiento.",
            "Every shift is a team that shares goals, information and recognition.",
        ),
        "#ff7f0e",
    ),
    (
        "customer",
        ("Orientación al cliente", "Customer focus"),
        (
            "Cuidamos a quien atiende para que atienda mejor: el cliente lo nota.",
            "We look after those who serve so they serve better: customers notice.",
        ),
        "#d62728",
    ),
    (
        "innovation",
        ("Innovación", "Innovation"),
        (
            "Probamos ideas nuevas, sobre todo las que vienen de la primera línea.",
            "We try new ideas, above all those coming from the front line.",
        ),
        "#9467bd",
    ),
    (
        "integrity",
        ("Integridad", "Integrity"),
        (
            "Decimos la verdad, cumplimos lo que prometemos y respetamos a las personas.",
            "We tell the truth, keep our promises and respect people.",
        ),
        "#8c564b",
    ),
)

# --------------------------------------------------------------------------- goals
# key, name, description, KPI, target, due (months after the plan's first month, day)
GOALS: tuple[tuple[str, Text, Text, Text, Text, tuple[int, int]], ...] = (
    (
        "nps",
        (
            "Mejorar la experiencia del cliente en tienda",
            "Improve the in-store customer experience",
        ),
        (
            "Clientes más satisfechos gracias a equipos informados y motivados.",
            "Happier customers thanks to informed, motivated teams.",
        ),
        ("NPS de clientes en tienda", "In-store customer NPS"),
        ("≥ 45 (hoy 38)", "≥ 45 (today 38)"),
        (11, 31),
    ),
    (
        "retention",
        ("Reducir la rotación en primera línea", "Reduce front-line staff turnover"),
        (
            "Que quien empieza en tienda o almacén quiera quedarse y crecer con nosotros.",
            "People who start in a store or warehouse want to stay and grow with us.",
        ),
        (
            "Rotación voluntaria anual en tiendas y almacenes",
            "Annual voluntary turnover in stores and warehouses",
        ),
        ("< 18 % (hoy 24 %)", "< 18 % (today 24 %)"),
        (11, 31),
    ),
    (
        "omnichannel",
        ("Impulsar la venta omnicanal", "Grow omnichannel sales"),
        (
            "Pedidos en línea recogidos en tienda y entregados a domicilio sin incidencias.",
            "Online orders collected in store and delivered home without incidents.",
        ),
        ("Pedidos en línea recogidos en tienda", "Online orders collected in store"),
        ("+25 % interanual", "+25 % year on year"),
        (8, 30),
    ),
    (
        "carbon",
        ("Reducir nuestra huella de carbono", "Cut our carbon footprint"),
        (
            "Menos energía, menos desperdicio alimentario y reparto más limpio.",
            "Less energy, less food waste and cleaner deliveries.",
        ),
        ("Emisiones de alcance 1 y 2", "Scope 1 and 2 emissions"),
        ("−15 % frente al año anterior", "−15 % against last year"),
        (11, 31),
    ),
)

# --------------------------------------------------------------------------- channels
# key, name, kind, two-way, weekly cap per person, daily capacity, effort note, colour,
# usual duration (minutes), usual time "HH:MM"
CHANNELS: tuple[tuple[str, Text, str, bool, int | None, int | None, Text, str, int, str], ...] = (
    (
        "email",
        ("Correo electrónico", "Email"),
        "email",
        False,
        3,
        6,
        (
            "Solo llega a quien tiene cuenta corporativa (oficinas y mandos).",
            "Only reaches people with a company account (offices and managers).",
        ),
        "#4c78a8",
        15,
        "09:30",
    ),
    (
        "intranet",
        ("Intranet Alameda", "Alameda intranet"),
        "intranet",
        True,
        5,
        4,
        (
            "Noticias con comentarios; en tienda se consulta en el terminal del office.",
            "News with comments; in stores it is read on the break-room terminal.",
        ),
        "#72b7b2",
        30,
        "10:00",
    ),
    (
        "town_hall",
        ("Reunión general", "Town hall"),
        "town_hall",
        True,
        1,
        1,
        (
            "Presencial en oficinas centrales y en directo por vídeo; preguntas abiertas.",
            "In person at head office and streamed live; open questions.",
        ),
        "#e45756",
        60,
        "12:00",
    ),
    (
        "cascade",
        ("Cascada de mandos", "Manager cascade"),
        "manager_cascade",
        True,
        2,
        3,
        (
            "Los mandos lo cuentan en la reunión de inicio de turno (10 minutos).",
            "Managers share it in the start-of-shift huddle (10 minutes).",
        ),
        "#f58518",
        15,
        "09:00",
    ),
    (
        "newsletter",
        ("Boletín semanal", "Weekly newsletter"),
        "newsletter",
        False,
        1,
        1,
        (
            "Sale los jueves; versión impresa para el tablón de cada tienda.",
            "Out on Thursdays; printed copy for every store's notice board.",
        ),
        "#54a24b",
        15,
        "08:30",
    ),
    (
        "chat",
        ("Chat corporativo", "Company chat"),
        "chat",
        True,
        5,
        10,
        (
            "Canales por tienda y por equipo en la app del empleado.",
            "Channels per store and per team in the employee app.",
        ),
        "#b279a2",
        15,
        "11:00",
    ),
    (
        "signage",
        ("Pantallas en tienda", "In-store screens"),
        "signage",
        False,
        7,
        8,
        (
            "Pantallas del office y de la entrada de personal; mensajes de 20 segundos.",
            "Screens in the break room and the staff entrance; 20-second messages.",
        ),
        "#9d755d",
        480,
        "08:00",
    ),
    (
        "survey",
        ("Encuesta de pulso", "Pulse survey"),
        "survey",
        True,
        1,
        1,
        (
            "Cinco preguntas desde el móvil; resultados por segmento con un mínimo de 5 respuestas.",
            "Five questions on the phone; results per segment with at least 5 answers.",
        ),
        "#bab0ac",
        10,
        "10:30",
    ),
)

# --------------------------------------------------------------------------- segments
# The value "@recent" stands for the date that makes someone a new joiner (six months ago).
SEGMENTS: tuple[tuple[str, Text, Text, dict[str, Any] | None, str], ...] = (
    (
        "all",
        ("Toda la plantilla", "All staff"),
        ("Todas las personas en activo.", "Everyone currently employed."),
        {"all": []},  # everyone
        "#4c78a8",
    ),
    (
        "front",
        ("Tiendas – primera línea", "Stores – front line"),
        (
            "Personal de tienda que atiende a clientes: nuestros primeros clientes internos.",
            "Store staff who serve customers: our first internal customers.",
        ),
        {
            "all": [
                {"field": "function", "op": "eq", "value": people.STORES},
                {"field": "customer_facing", "op": "eq", "value": True},
            ]
        },
        "#e45756",
    ),
    (
        "managers",
        ("Mandos intermedios", "Middle managers"),
        (
            "Quienes trasladan los mensajes a sus equipos en la cascada.",
            "The people who pass messages on to their teams in the cascade.",
        ),
        {
            "any": [
                {"field": "level", "op": "eq", "value": people.MIDDLE_MANAGER},
                {"field": "position", "op": "in", "value": ["Jefe de tienda", "Gerente de zona"]},
            ]
        },
        "#f58518",
    ),
    (
        "office",
        ("Oficinas centrales", "Head office"),
        (
            "Funciones corporativas en Madrid y Barcelona.",
            "Corporate functions in Madrid and Barcelona.",
        ),
        {"field": "function", "op": "in", "value": list(people.HEAD_OFFICE_FUNCTIONS)},
        "#72b7b2",
    ),
    (
        "logistics",
        ("Logística y reparto", "Logistics and delivery"),
        (
            "Almacenes, preparación de pedidos en línea y reparto a domicilio.",
            "Warehouses, online order picking and home delivery.",
        ),
        {"field": "function", "op": "eq", "value": people.LOGISTICS},
        "#9d755d",
    ),
    (
        "sustainability",
        ("Interesados en sostenibilidad", "Interested in sustainability"),
        (
            "Quienes marcaron la sostenibilidad como interés en su perfil.",
            "People who chose sustainability as an interest in their profile.",
        ),
        {"field": "interests", "op": "has", "value": "sostenibilidad"},
        "#54a24b",
    ),
    (
        "new",
        ("Nuevas incorporaciones", "New joiners"),
        (
            "Personas con menos de seis meses en la empresa.",
            "People with less than six months with us.",
        ),
        {"field": "start_date", "op": "after", "value": "@recent"},
        "#eeca3b",
    ),
    (
        "centre",
        ("Zona Centro", "Central region"),
        ("Madrid y Valladolid.", "Madrid and Valladolid."),
        {"field": "location", "op": "in", "value": ["Madrid", "Valladolid"]},
        "#b279a2",
    ),
    (
        "east",
        ("Zona Este", "Eastern region"),
        (
            "Cataluña, Comunitat Valenciana, Murcia y Baleares.",
            "Catalonia, Valencia, Murcia and the Balearics.",
        ),
        {"field": "location", "op": "in", "value": ["Barcelona", "Valencia", "Murcia", "Palma"]},
        "#ff9da6",
    ),
    (
        "south",
        ("Zona Sur", "Southern region"),
        ("Andalucía y Canarias.", "Andalusia and the Canary Islands."),
        {"field": "location", "op": "in", "value": ["Sevilla", "Málaga", "Las Palmas"]},
        "#bab0ac",
    ),
    (
        "north",
        ("Zona Norte", "Northern region"),
        ("País Vasco, Aragón y Galicia.", "Basque Country, Aragon and Galicia."),
        {"field": "location", "op": "in", "value": ["Bilbao", "Zaragoza", "A Coruña"]},
        "#79706e",
    ),
    (
        "co_official",
        ("Plantilla en catalán o euskera", "Staff reading Catalan or Basque"),
        (
            "Quienes prefieren recibir las comunicaciones en catalán o en euskera.",
            "People who prefer communications in Catalan or Basque.",
        ),
        {"field": "language", "op": "in", "value": ["ca", "eu"]},
        "#d67195",
    ),
    (
        "temporary",
        ("Contratos temporales y fijos discontinuos", "Temporary and seasonal contracts"),
        (
            "Refuerzos de campaña: necesitan la información antes que nadie.",
            "Seasonal reinforcements: they need information first.",
        ),
        {"field": "attr:contrato", "op": "in", "value": ["Temporal", "Fijo discontinuo"]},
        "#a0cbe8",
    ),
    (
        "ambassadors",
        ("Red de embajadores", "Ambassador network"),
        (
            "Voluntarios de tiendas y almacenes que prueban los mensajes antes de enviarlos.",
            "Volunteers from stores and warehouses who test messages before they go out.",
        ),
        None,
        "#59a14f",
    ),
)

# --------------------------------------------------------------------------- blackouts
BLACKOUT_QUARTER: tuple[Text, Text] = (
    ("Cierre trimestral T{quarter}", "Quarter close Q{quarter}"),
    (
        "Finanzas y mandos cierran resultados: nada que no sea imprescindible.",
        "Finance and managers close the quarter: only what is essential.",
    ),
)
# name, note, (month, day) start, (month, day) end (end month may be in the next year)
BLACKOUT_SEASONS: tuple[tuple[Text, Text, tuple[int, int], tuple[int, int]], ...] = (
    (
        ("Navidad y Reyes: pico de ventas", "Christmas and Epiphany: sales peak"),
        (
            "Máxima afluencia en tiendas; solo mensajes operativos breves.",
            "Busiest weeks in stores; only short operational messages.",
        ),
        (12, 20),
        (1, 6),
    ),
    (
        ("Rebajas de verano", "Summer sales"),
        ("Primera semana de rebajas en tiendas.", "First week of the sales in stores."),
        (7, 1),
        (7, 7),
    ),
    (
        ("Inventario anual", "Annual stock count"),
        (
            "Recuento en tiendas y almacenes: los equipos no tienen tiempo para leer.",
            "Stock count in stores and warehouses: teams have no time to read.",
        ),
        (1, 26),
        (1, 31),
    ),
)
BLACK_FRIDAY: Text = ("Semana del Black Friday", "Black Friday week")
BLACK_FRIDAY_NOTE: Text = (
    "Pico de pedidos en línea y en tienda.",
    "Peak of online and in-store orders.",
)

# --------------------------------------------------------------------------- campaigns
# Phases shared by campaigns: title (with {short}), channel, position in the campaign (0…1),
# recurrence ("{count}" is filled in) or None, brief.
PHASES: dict[str, tuple[Text, str, float, str | None, Text]] = {
    "cascade": (
        ("{short}: briefing a mandos", "{short}: manager briefing"),
        "cascade",
        0.0,
        None,
        (
            "Guion de 10 minutos para la reunión de inicio de turno, con preguntas frecuentes.",
            "A 10-minute script for the start-of-shift huddle, with FAQs.",
        ),
    ),
    "launch": (
        ("{short}: lanzamiento", "{short}: launch"),
        "email",
        0.03,
        None,
        (
            "Mensaje de lanzamiento firmado por la dirección; enlace a la intranet.",
            "Launch message signed by leadership; link to the intranet.",
        ),
    ),
    "intranet": (
        ("{short}: noticia en la intranet", "{short}: intranet story"),
        "intranet",
        0.05,
        None,
        (
            "Noticia con foto de un equipo de tienda y espacio para comentarios.",
            "Story with a photo of a store team and room for comments.",
        ),
    ),
    "screens": (
        ("{short}: mensaje en pantallas", "{short}: screen message"),
        "signage",
        0.08,
        "FREQ=WEEKLY;BYDAY=MO;COUNT={count}",
        (
            "Pieza de 20 segundos en las pantallas del office, cada lunes.",
            "A 20-second piece on the break-room screens, every Monday.",
        ),
    ),
    "chat": (
        ("{short}: recordatorio en el chat", "{short}: chat reminder"),
        "chat",
        0.4,
        None,
        (
            "Recordatorio breve en los canales de tienda, con una pregunta para comentar.",
            "Short reminder in the store channels, with a question to discuss.",
        ),
    ),
    "newsletter": (
        ("{short}: en el boletín", "{short}: in the newsletter"),
        "newsletter",
        0.5,
        None,
        (
            "Resumen de avances y testimonio de un compañero.",
            "Progress summary and a colleague's testimonial.",
        ),
    ),
    "town_hall": (
        ("{short}: preguntas a la dirección", "{short}: ask leadership"),
        "town_hall",
        0.6,
        None,
        (
            "Sesión abierta de preguntas; se recogen antes por la intranet.",
            "Open Q&A session; questions collected beforehand on the intranet.",
        ),
    ),
    "survey": (
        ("{short}: encuesta de valoración", "{short}: feedback survey"),
        "survey",
        0.85,
        None,
        (
            "Tres preguntas: ¿lo conoces?, ¿te resulta útil?, ¿qué cambiarías?",
            "Three questions: do you know it?, is it useful?, what would you change?",
        ),
    ),
    "faq": (
        ("{short}: preguntas frecuentes", "{short}: FAQ"),
        "intranet",
        0.2,
        None,
        (
            "Las diez preguntas que más nos han llegado, con respuestas cortas.",
            "The ten questions we hear most, with short answers.",
        ),
    ),
    "followup": (
        ("{short}: seguimiento con mandos", "{short}: manager follow-up"),
        "cascade",
        0.45,
        None,
        (
            "Qué dudas han surgido en los equipos y cómo responderlas.",
            "What questions teams have raised and how to answer them.",
        ),
    ),
    "story": (
        ("{short}: historias de equipo", "{short}: team stories"),
        "intranet",
        0.7,
        None,
        (
            "Vídeo corto de un equipo de tienda o almacén contando su experiencia.",
            "Short video of a store or warehouse team sharing their experience.",
        ),
    ),
    "reminder": (
        ("{short}: último recordatorio", "{short}: last reminder"),
        "chat",
        0.75,
        None,
        (
            "Recordatorio final con el enlace y la fecha límite.",
            "Final reminder with the link and the deadline.",
        ),
    ),
    "closing": (
        ("{short}: resultados y agradecimiento", "{short}: results and thanks"),
        "email",
        1.0,
        None,
        (
            "Resultados, lo que hemos aprendido y agradecimiento a los equipos.",
            "Results, what we learnt and thanks to the teams.",
        ),
    ),
}

KEY_MESSAGE: Text = ("Mensaje clave: «{message}».", "Key message: “{message}”.")

# A campaign-specific communication: title, channel, day offset, "HH:MM", minutes,
# segment keys (None: the campaign's), brief, recurrence (None: one-off).
Item = tuple[Text, str, int, str, int, tuple[str, ...] | None, Text, str | None]


def _campaigns() -> tuple[dict[str, Any], ...]:
    return (
        {
            "key": "listening",
            "name": ("Escuchamos a quien atiende", "We listen to those who serve"),
            "short": ("Escuchamos", "We listen"),
            "objective": (
                "Dar voz a la primera línea y responder a cada propuesta en menos de dos semanas.",
                "Give the front line a voice and answer every suggestion within two weeks.",
            ),
            "messages": (
                (
                    "Tu opinión cambia cosas: mira lo que ya hemos hecho con ella.",
                    "Your opinion changes things: see what we have already done with it.",
                ),
                (
                    "Cada propuesta recibe respuesta en menos de 15 días.",
                    "Every suggestion gets an answer within 15 days.",
                ),
            ),
            "goals": ("retention", "nps"),
            "values": {"customer": "primary", "cooperation": "secondary"},
            "segments": ("front", "logistics"),
            "owner": 0,
            "priority": "high",
            "start": ("offset", -2, 6),
            "days": 120,
            "colour": "#e45756",
            "phases": ("cascade", "launch", "intranet", "screens", "chat", "newsletter", "survey"),
            "items": (
                (
                    ("Resultados de la encuesta por zona", "Survey results by region"),
                    "cascade",
                    60,
                    "09:00",
                    15,
                    ("managers",),
                    (
                        "Cada gerente de zona comenta los resultados de su zona con los jefes de tienda.",
                        "Each area manager discusses their region's results with store managers.",
                    ),
                    None,
                ),
                (
                    ("Visitas de la dirección a tiendas", "Leadership store visits"),
                    "town_hall",
                    20,
                    "11:00",
                    90,
                    ("front",),
                    (
                        "El comité de dirección pasa una mañana en tienda y escucha sin agenda.",
                        "The leadership team spends a morning in a store and listens.",
                    ),
                    None,
                ),
                (
                    (
                        "Buzón de ideas: respuesta a las propuestas",
                        "Idea box: answers to suggestions",
                    ),
                    "intranet",
                    35,
                    "10:00",
                    30,
                    None,
                    (
                        "Publicamos cada propuesta recibida con su respuesta y su estado.",
                        "We publish every suggestion received with its answer and status.",
                    ),
                    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3",
                ),
                (
                    ("Pregunta de la semana", "Question of the week"),
                    "chat",
                    9,
                    "12:30",
                    15,
                    None,
                    (
                        "Una pregunta abierta cada miércoles en los canales de tienda.",
                        "An open question every Wednesday in the store channels.",
                    ),
                    "FREQ=WEEKLY;BYDAY=WE;COUNT=10",
                ),
            ),
        },
        {
            "key": "strategy",
            "name": ("Plan estratégico «Contigo 2030»", "Strategic plan “With you 2030”"),
            "short": ("Contigo 2030", "With you 2030"),
            "objective": (
                "Que cada persona sepa qué cambia en su trabajo con el nuevo plan y cómo contribuye.",
                "Everyone knows what the new plan changes in their job and how they contribute.",
            ),
            "messages": (
                (
                    "Crecemos contigo: el plan empieza en cada tienda.",
                    "We grow with you: the plan starts in every store.",
                ),
                (
                    "Cuatro prioridades: cliente, personas, omnicanal y planeta.",
                    "Four priorities: customers, people, omnichannel and the planet.",
                ),
            ),
            "goals": ("nps", "retention", "omnichannel", "carbon"),
            "values": {
                "excellence": "primary",
                "cooperation": "secondary",
                "integrity": "secondary",
            },
            "segments": ("all",),
            "owner": 1,
            "priority": "critical",
            "start": ("offset", 0, 12),
            "days": 75,
            "colour": "#4c78a8",
            "phases": (
                "cascade",
                "launch",
                "intranet",
                "screens",
                "town_hall",
                "newsletter",
                "survey",
                "closing",
            ),
            "items": (
                (
                    (
                        "Respondemos a vuestras preguntas sobre el plan",
                        "Your questions about the plan, answered",
                    ),
                    "intranet",
                    30,
                    "10:00",
                    30,
                    None,
                    (
                        "Las preguntas recogidas en la reunión general, con respuesta de cada área.",
                        "The questions raised at the town hall, answered by each area.",
                    ),
                    None,
                ),
                (
                    ("Presentación a mandos intermedios", "Briefing for middle managers"),
                    "town_hall",
                    -3,
                    "16:00",
                    90,
                    ("managers",),
                    (
                        "Los mandos conocen el plan antes que nadie y ensayan cómo contarlo.",
                        "Managers hear the plan first and rehearse how to tell it.",
                    ),
                    None,
                ),
                (
                    ("Vídeo del consejero delegado", "Video from the CEO"),
                    "intranet",
                    2,
                    "09:00",
                    15,
                    None,
                    (
                        "Tres minutos, subtitulado en castellano, catalán, euskera e inglés.",
                        "Three minutes, subtitled in Spanish, Catalan, Basque and English.",
                    ),
                    None,
                ),
                (
                    ("Kit del plan para tiendas", "Plan kit for stores"),
                    "cascade",
                    10,
                    "09:00",
                    15,
                    ("front", "managers"),
                    (
                        "Cartel, guion y preguntas frecuentes para el tablón de cada tienda.",
                        "Poster, script and FAQs for every store's notice board.",
                    ),
                    None,
                ),
                (
                    ("Versión en catalán y euskera", "Catalan and Basque versions"),
                    "email",
                    4,
                    "10:00",
                    15,
                    ("co_official",),
                    (
                        "El mensaje del plan en la lengua que cada persona eligió.",
                        "The plan's message in each person's chosen language.",
                    ),
                    None,
                ),
            ),
        },
        {
            "key": "onboarding",
            "name": ("Bienvenida Alameda", "Welcome to Alameda"),
            "short": ("Bienvenida", "Welcome"),
            "objective": (
                "Que cada nueva incorporación se sienta parte del equipo desde el primer día.",
                "Every new joiner feels part of the team from day one.",
            ),
            "messages": (
                (
                    "Bienvenido: aquí tienes a quién preguntar y dónde encontrarlo todo.",
                    "Welcome: here is who to ask and where to find everything.",
                ),
            ),
            "goals": ("retention",),
            "values": {"cooperation": "primary", "teamwork": "secondary"},
            "segments": ("new",),
            "owner": 4,
            "priority": "normal",
            "start": ("offset", 0, 3),
            "days": 330,
            "colour": "#eeca3b",
            "phases": ("intranet", "survey"),
            "items": (
                (
                    ("Encuesta a los 90 días", "90-day check-in survey"),
                    "survey",
                    30,
                    "10:30",
                    10,
                    None,
                    (
                        "Cómo ha ido la acogida: cinco preguntas, resultados solo agregados.",
                        "How the welcome went: five questions, results only in aggregate.",
                    ),
                    "FREQ=MONTHLY;BYDAY=2TH;COUNT=9",
                ),
                (
                    ("Sesión de bienvenida mensual", "Monthly welcome session"),
                    "town_hall",
                    5,
                    "10:00",
                    60,
                    None,
                    (
                        "Una hora en línea con RR. HH. y un mando de tienda; preguntas abiertas.",
                        "One hour online with HR and a store manager; open questions.",
                    ),
                    "FREQ=MONTHLY;BYDAY=1TU;COUNT=10",
                ),
                (
                    ("Correo del primer día", "First-day email"),
                    "email",
                    1,
                    "08:30",
                    15,
                    None,
                    (
                        "Quién es tu padrino o madrina, tu horario y la app del empleado.",
                        "Who your buddy is, your schedule and the employee app.",
                    ),
                    None,
                ),
                (
                    ("Guía de acogida actualizada", "Updated welcome guide"),
                    "intranet",
                    20,
                    "10:00",
                    30,
                    None,
                    (
                        "Nueva guía con vídeos cortos por puesto: caja, reposición y almacén.",
                        "New guide with short videos per role: tills, shelving and warehouse.",
                    ),
                    None,
                ),
            ),
        },
        {
            "key": "app",
            "name": ("Nueva app del empleado", "New employee app"),
            "short": ("App del empleado", "Employee app"),
            "objective": (
                "Que el 80 % de la plantilla use la app para consultar turnos, nóminas y noticias.",
                "80 % of staff use the app to check shifts, payslips and news.",
            ),
            "messages": (
                (
                    "Tus turnos, tu nómina y las noticias, en tu móvil.",
                    "Your shifts, your payslip and the news, on your phone.",
                ),
                (
                    "Si tienes dudas, tu tienda tiene un embajador que te ayuda.",
                    "If you have questions, your store has an ambassador to help you.",
                ),
            ),
            "goals": ("retention", "omnichannel"),
            "values": {"innovation": "primary", "teamwork": "secondary"},
            "segments": ("all", "front"),
            "owner": 3,
            "priority": "high",
            "start": ("offset", 1, 8),
            "days": 60,
            "colour": "#b279a2",
            "phases": ("cascade", "launch", "intranet", "screens", "chat", "survey", "closing"),
            "items": (
                (
                    (
                        "Novedades de la app en el boletín",
                        "What's new in the app, in the newsletter",
                    ),
                    "newsletter",
                    28,
                    "08:30",
                    15,
                    ("all",),
                    (
                        "Trucos y próximas funciones, con las preguntas más frecuentes.",
                        "Tips and upcoming features, with the most frequent questions.",
                    ),
                    None,
                ),
                (
                    (
                        "Prueba piloto con la red de embajadores",
                        "Pilot with the ambassador network",
                    ),
                    "chat",
                    -5,
                    "11:00",
                    30,
                    ("ambassadors",),
                    (
                        "Los embajadores prueban la app una semana antes y nos cuentan qué falla.",
                        "Ambassadors try the app a week early and tell us what goes wrong.",
                    ),
                    None,
                ),
                (
                    ("Tutorial en vídeo: consulta tus turnos", "Video tutorial: check your shifts"),
                    "signage",
                    14,
                    "08:00",
                    480,
                    ("front",),
                    ("Vídeo de 40 segundos en las pantallas.", "A 40-second video on the screens."),
                    None,
                ),
                (
                    ("Ayuda en tienda: mesa de embajadores", "In-store help: ambassador desk"),
                    "cascade",
                    7,
                    "09:00",
                    15,
                    ("front", "temporary"),
                    (
                        "Cada embajador dedica 30 minutos por turno a ayudar a instalar la app.",
                        "Each ambassador spends 30 minutes per shift helping install the app.",
                    ),
                    None,
                ),
            ),
        },
        {
            "key": "ethics",
            "name": ("Código ético y canal de denuncias", "Code of ethics and speak-up channel"),
            "short": ("Código ético", "Code of ethics"),
            "objective": (
                "Formación completada por el 95 % y canal de denuncias conocido por todos.",
                "Training completed by 95 % and the speak-up channel known by all.",
            ),
            "messages": (
                (
                    "Actuar con integridad también es decir lo que no está bien.",
                    "Acting with integrity also means speaking up when something is wrong.",
                ),
                (
                    "El canal es confidencial y nadie sufrirá represalias.",
                    "The channel is confidential and nobody will face retaliation.",
                ),
            ),
            "goals": ("retention",),
            "values": {"integrity": "primary", "excellence": "secondary"},
            "segments": ("all", "managers"),
            "owner": 4,
            "priority": "high",
            "start": ("offset", 2, 15),
            "days": 45,
            "colour": "#8c564b",
            "phases": ("cascade", "launch", "intranet", "chat", "closing"),
            "items": (
                (
                    ("Recordatorio: formación pendiente", "Reminder: training not yet completed"),
                    "email",
                    20,
                    "09:30",
                    15,
                    None,
                    (
                        "Solo a quien no ha completado el curso; copia a su responsable.",
                        "Only to those who have not completed the course; copy to their manager.",
                    ),
                    None,
                ),
                (
                    ("Formación obligatoria en línea", "Mandatory online training"),
                    "email",
                    5,
                    "09:30",
                    15,
                    None,
                    (
                        "Enlace al curso de 25 minutos; recordatorio automático a los 10 días.",
                        "Link to the 25-minute course; automatic reminder after 10 days.",
                    ),
                    None,
                ),
                (
                    (
                        "Taller para mandos: cómo recibir una preocupación",
                        "Manager workshop: receiving a concern",
                    ),
                    "town_hall",
                    12,
                    "16:00",
                    90,
                    ("managers",),
                    (
                        "Casos prácticos y qué hacer (y qué no) cuando alguien te cuenta algo.",
                        "Case studies and what to do (and not do) when someone tells you something.",
                    ),
                    None,
                ),
            ),
        },
        {
            "key": "omnichannel",
            "name": ("Omnicanal: recogida en tienda", "Omnichannel: click & collect"),
            "short": ("Recogida en tienda", "Click & collect"),
            "objective": (
                "Que cada tienda prepare y entregue los pedidos en línea en menos de dos horas.",
                "Every store prepares and hands over online orders in under two hours.",
            ),
            "messages": (
                (
                    "El cliente en línea también es nuestro cliente en tienda.",
                    "The online customer is also our in-store customer.",
                ),
                (
                    "Nuevo proceso: tres pasos y un mostrador propio.",
                    "New process: three steps and a dedicated counter.",
                ),
            ),
            "goals": ("omnichannel", "nps"),
            "values": {"customer": "primary", "innovation": "primary", "cooperation": "secondary"},
            "segments": ("front", "logistics", "managers"),
            "owner": 3,
            "priority": "high",
            "start": ("offset", 3, 10),
            "days": 70,
            "colour": "#f58518",
            "phases": (
                "cascade",
                "launch",
                "intranet",
                "screens",
                "chat",
                "newsletter",
                "survey",
                "closing",
            ),
            "items": (
                (
                    (
                        "Guía rápida en el mostrador de recogida",
                        "Quick guide at the collection counter",
                    ),
                    "signage",
                    3,
                    "08:00",
                    480,
                    ("front",),
                    (
                        "Los tres pasos del proceso, visibles en el mostrador.",
                        "The three steps of the process, visible at the counter.",
                    ),
                    None,
                ),
                (
                    ("Formación práctica en tienda", "Hands-on training in store"),
                    "cascade",
                    6,
                    "09:00",
                    30,
                    ("front",),
                    (
                        "El jefe de sección practica el nuevo proceso con cada turno.",
                        "The section manager walks each shift through the new process.",
                    ),
                    None,
                ),
                (
                    (
                        "Almacén y tienda: cómo nos coordinamos",
                        "Warehouse and store: working together",
                    ),
                    "town_hall",
                    15,
                    "12:00",
                    60,
                    ("logistics", "managers"),
                    (
                        "Sesión conjunta de logística y tiendas para acordar horarios de entrega.",
                        "Joint logistics and stores session to agree delivery slots.",
                    ),
                    None,
                ),
                (
                    ("Ranking semanal de tiempos de entrega", "Weekly handover time ranking"),
                    "signage",
                    21,
                    "08:00",
                    480,
                    ("front",),
                    (
                        "Reconocemos a las tiendas más rápidas de cada zona.",
                        "We recognise the fastest stores in each region.",
                    ),
                    "FREQ=WEEKLY;BYDAY=FR;COUNT=6",
                ),
            ),
        },
        {
            "key": "safety",
            "name": ("Seguridad en almacenes y reparto", "Safety in warehouses and delivery"),
            "short": ("Seguridad", "Safety"),
            "objective": (
                "Cero accidentes con baja en almacenes y reparto durante el semestre.",
                "Zero lost-time accidents in warehouses and delivery this half-year.",
            ),
            "messages": (
                (
                    "Ningún pedido es tan urgente como para saltarse la seguridad.",
                    "No order is so urgent that safety can be skipped.",
                ),
            ),
            "goals": ("retention",),
            "values": {"integrity": "primary", "teamwork": "primary", "excellence": "secondary"},
            "segments": ("logistics",),
            "owner": 2,
            "priority": "high",
            "start": ("offset", 4, 4),
            "days": 90,
            "colour": "#9d755d",
            "phases": ("cascade", "screens", "chat", "survey"),
            "items": (
                (
                    ("Campaña de calor: hidratación y pausas", "Heat campaign: water and breaks"),
                    "signage",
                    75,
                    "08:00",
                    480,
                    None,
                    (
                        "Recordatorio diario en las pantallas del muelle en los días de más calor.",
                        "Daily reminder on the dock screens on the hottest days.",
                    ),
                    None,
                ),
                (
                    ("Charla de seguridad de inicio de turno", "Start-of-shift safety talk"),
                    "cascade",
                    1,
                    "06:00",
                    10,
                    None,
                    (
                        "Cinco minutos cada lunes: un riesgo, un gesto seguro.",
                        "Five minutes every Monday: one risk, one safe habit.",
                    ),
                    "FREQ=WEEKLY;BYDAY=MO;COUNT=12",
                ),
                (
                    ("Simulacro de evacuación", "Evacuation drill"),
                    "cascade",
                    30,
                    "10:00",
                    60,
                    None,
                    ("Aviso previo a los jefes de turno.", "Advance notice to shift leaders."),
                    None,
                ),
            ),
        },
        {
            "key": "sustainability",
            "name": ("Semana de la sostenibilidad", "Sustainability week"),
            "short": ("Sostenibilidad", "Sustainability"),
            "objective": (
                "Reducir un 10 % el desperdicio alimentario con ideas de los propios equipos.",
                "Cut food waste by 10 % with ideas from the teams themselves.",
            ),
            "messages": (
                (
                    "Lo que no se desperdicia, se dona.",
                    "What is not wasted is donated.",
                ),
                (
                    "Tus ideas para ahorrar energía cuentan: compártelas.",
                    "Your ideas to save energy count: share them.",
                ),
            ),
            "goals": ("carbon",),
            "values": {
                "innovation": "secondary",
                "cooperation": "primary",
                "integrity": "secondary",
            },
            "segments": ("all", "sustainability"),
            "owner": 2,
            "priority": "normal",
            "start": ("month", 6, 1),
            "days": 21,
            "colour": "#54a24b",
            "phases": ("launch", "intranet", "screens", "chat", "newsletter", "closing"),
            "items": (
                (
                    (
                        "Resultados: kilos donados y energía ahorrada",
                        "Results: kilos donated and energy saved",
                    ),
                    "newsletter",
                    18,
                    "08:30",
                    15,
                    ("all",),
                    (
                        "Cifras por zona y las ideas ganadoras del reto.",
                        "Figures per region and the winning ideas of the challenge.",
                    ),
                    None,
                ),
                (
                    ("Reto: ideas para ahorrar energía", "Challenge: energy-saving ideas"),
                    "intranet",
                    3,
                    "10:00",
                    30,
                    ("sustainability",),
                    (
                        "Concurso de ideas; las tres mejores se aplican en toda la red.",
                        "Idea contest; the three best are rolled out across all stores.",
                    ),
                    None,
                ),
                (
                    ("Día Mundial del Medio Ambiente", "World Environment Day"),
                    "signage",
                    4,
                    "08:00",
                    480,
                    ("front",),
                    (
                        "Datos de la red: kilos donados y energía ahorrada este año.",
                        "Network figures: kilos donated and energy saved this year.",
                    ),
                    None,
                ),
            ),
        },
        {
            "key": "summer",
            "name": (
                "Verano sin sorpresas: turnos y vacaciones",
                "Summer without surprises: shifts and holidays",
            ),
            "short": ("Verano", "Summer"),
            "objective": (
                "Cuadrantes de verano publicados con seis semanas de antelación en todas las tiendas.",
                "Summer rotas published six weeks ahead in every store.",
            ),
            "messages": (
                (
                    "Tus turnos de verano, con seis semanas de antelación.",
                    "Your summer shifts, six weeks in advance.",
                ),
            ),
            "goals": ("retention",),
            "values": {"teamwork": "primary", "integrity": "secondary"},
            "segments": ("front", "logistics", "temporary"),
            "owner": 1,
            "priority": "normal",
            "start": ("month", 5, 6),
            "days": 50,
            "colour": "#72b7b2",
            "phases": ("cascade", "intranet", "chat", "newsletter"),
            "items": (
                (
                    (
                        "Plazo para pedir las vacaciones de verano",
                        "Deadline to request summer holidays",
                    ),
                    "email",
                    2,
                    "09:30",
                    15,
                    ("managers",),
                    (
                        "Los mandos recogen las peticiones de su equipo antes de cerrar los cuadrantes.",
                        "Managers collect their team's requests before closing the rotas.",
                    ),
                    None,
                ),
                (
                    ("Cuadrantes publicados en la app", "Rotas published in the app"),
                    "chat",
                    10,
                    "11:00",
                    15,
                    None,
                    (
                        "Aviso en cada canal de tienda con el enlace al cuadrante.",
                        "Notice in every store channel with a link to the rota.",
                    ),
                    None,
                ),
                (
                    ("Bienvenida a los refuerzos de verano", "Welcome to summer reinforcements"),
                    "email",
                    35,
                    "08:30",
                    15,
                    ("temporary", "new"),
                    (
                        "Lo imprescindible para los primeros días y a quién preguntar.",
                        "The essentials for the first days and who to ask.",
                    ),
                    None,
                ),
            ),
        },
        {
            "key": "recognition",
            "name": ("Estrellas Alameda: reconocimiento", "Alameda Stars: recognition"),
            "short": ("Estrellas Alameda", "Alameda Stars"),
            "objective": (
                "Que cada equipo reconozca públicamente a un compañero cada trimestre.",
                "Every team publicly recognises a colleague every quarter.",
            ),
            "messages": (
                (
                    "Lo que haces bien merece que se sepa.",
                    "What you do well deserves to be known.",
                ),
                (
                    "Nomina a quien te ha ayudado este trimestre.",
                    "Nominate someone who helped you this quarter.",
                ),
            ),
            "goals": ("retention", "nps"),
            "values": {"excellence": "primary", "teamwork": "primary"},
            "segments": ("all",),
            "owner": 0,
            "priority": "normal",
            "start": ("month", 9, 15),
            "days": 60,
            "colour": "#ff9da6",
            "phases": ("cascade", "launch", "intranet", "screens", "newsletter", "closing"),
            "items": (
                (
                    ("Finalistas por zona", "Finalists per region"),
                    "intranet",
                    35,
                    "10:00",
                    30,
                    None,
                    (
                        "Las historias de los finalistas, contadas por sus compañeros.",
                        "The finalists' stories, told by their colleagues.",
                    ),
                    None,
                ),
                (
                    ("Abiertas las nominaciones", "Nominations are open"),
                    "intranet",
                    2,
                    "10:00",
                    30,
                    None,
                    (
                        "Formulario de dos preguntas, también desde la app.",
                        "Two-question form, also in the app.",
                    ),
                    None,
                ),
                (
                    ("Gala de las Estrellas (en directo)", "Stars gala (live)"),
                    "town_hall",
                    50,
                    "17:00",
                    90,
                    None,
                    (
                        "Entrega de reconocimientos por zona, retransmitida a todas las tiendas.",
                        "Awards per region, streamed to every store.",
                    ),
                    None,
                ),
            ),
        },
        {
            "key": "volunteering",
            "name": (
                "Voluntariado: Gran Recogida de Alimentos",
                "Volunteering: the Big Food Drive",
            ),
            "short": ("Gran Recogida", "Big Food Drive"),
            "objective": (
                "Mil voluntarios de la plantilla en la Gran Recogida con los bancos de alimentos.",
                "A thousand staff volunteers at the Big Food Drive with the food banks.",
            ),
            "messages": (
                (
                    "Una mañana tuya, miles de comidas para tu barrio.",
                    "One morning of yours, thousands of meals for your neighbourhood.",
                ),
            ),
            "goals": ("carbon", "nps"),
            "values": {"cooperation": "primary", "integrity": "secondary"},
            "segments": ("all",),
            "owner": 2,
            "priority": "normal",
            "start": ("month", 10, 20),
            "days": 40,
            "colour": "#59a14f",
            "phases": ("launch", "intranet", "screens", "chat", "closing"),
            "items": (
                (
                    ("Crónica de la jornada", "How the day went"),
                    "intranet",
                    33,
                    "10:00",
                    30,
                    None,
                    (
                        "Fotos, kilos recogidos por tienda y agradecimiento a los voluntarios.",
                        "Photos, kilos collected per store and thanks to the volunteers.",
                    ),
                    None,
                ),
                (
                    ("Inscripción de voluntarios", "Volunteer sign-up"),
                    "intranet",
                    3,
                    "10:00",
                    30,
                    None,
                    ("Turnos de tres horas por tienda.", "Three-hour slots per store."),
                    None,
                ),
            ),
        },
        {
            "key": "christmas",
            "name": ("Navidad: preparados para el pico", "Christmas: ready for the peak"),
            "short": ("Navidad", "Christmas"),
            "objective": (
                "Que tiendas y almacenes lleguen al pico de Navidad con refuerzos formados y turnos claros.",
                "Stores and warehouses reach the Christmas peak with trained reinforcements and clear rotas.",
            ),
            "messages": (
                (
                    "El mejor regalo para el cliente es un equipo que sabe qué hacer.",
                    "The best gift for customers is a team that knows what to do.",
                ),
                (
                    "Gracias por el esfuerzo extra: así lo reconocemos.",
                    "Thanks for the extra effort: this is how we recognise it.",
                ),
            ),
            "goals": ("nps", "omnichannel"),
            "values": {"teamwork": "primary", "customer": "primary", "excellence": "secondary"},
            "segments": ("front", "logistics", "temporary"),
            "owner": 1,
            "priority": "critical",
            "start": ("month", 11, 10),
            "days": 55,
            "colour": "#d62728",
            "phases": ("cascade", "launch", "intranet", "screens", "chat", "closing"),
            "items": (
                (
                    ("Turnos de Navidad publicados", "Christmas rotas published"),
                    "chat",
                    5,
                    "11:00",
                    15,
                    ("front", "logistics"),
                    (
                        "Aviso en cada canal de tienda y almacén con el enlace al cuadrante.",
                        "Notice in every store and warehouse channel with a link to the rota.",
                    ),
                    None,
                ),
                (
                    ("Gracias a los equipos de reparto", "Thank you, delivery teams"),
                    "cascade",
                    30,
                    "07:00",
                    10,
                    ("logistics",),
                    (
                        "Los jefes de turno agradecen el esfuerzo en la semana de más pedidos.",
                        "Shift leaders thank teams during the busiest week of orders.",
                    ),
                    None,
                ),
                (
                    ("Formación exprés para refuerzos", "Quick training for reinforcements"),
                    "cascade",
                    12,
                    "09:00",
                    30,
                    ("temporary",),
                    (
                        "Caja, devoluciones y pedidos en línea en 30 minutos.",
                        "Tills, returns and online orders in 30 minutes.",
                    ),
                    None,
                ),
                (
                    ("Felicitación de la dirección", "Season's greetings from leadership"),
                    "email",
                    44,
                    "09:00",
                    15,
                    ("all",),
                    (
                        "Agradecimiento y reconocimiento del esfuerzo de la campaña.",
                        "Thanks and recognition for the season's effort.",
                    ),
                    None,
                ),
            ),
        },
    )


CAMPAIGNS = _campaigns()

# The always-on campaign that carries the regular rhythm of the year.
ALWAYS_ON: dict[str, Any] = {
    "key": "always_on",
    "name": ("Comunicación continua", "Always-on communication"),
    "objective": (
        "Un ritmo estable y predecible: cada persona sabe cuándo y dónde se informa.",
        "A steady, predictable rhythm: everyone knows when and where to get news.",
    ),
    "messages": (
        (
            "Alameda al día: lo que pasa en la empresa, cada semana.",
            "Alameda today: what happens in the company, every week.",
        ),
    ),
    "goals": ("retention",),
    "values": {"cooperation": "secondary", "integrity": "secondary"},
    "segments": ("all",),
    "owner": 0,
    "priority": "normal",
    "colour": "#79706e",
    # title, channel, "HH:MM", minutes, segments, brief, recurrence ({until} is filled in)
    "items": (
        (
            ("Boletín «Alameda al día»", "“Alameda today” newsletter"),
            "newsletter",
            "08:30",
            15,
            None,
            (
                "Noticias de la semana, una historia de tienda y las vacantes internas.",
                "The week's news, a store story and internal vacancies.",
            ),
            "FREQ=WEEKLY;BYDAY=TH;UNTIL={until}",
        ),
        (
            ("Briefing semanal de tienda", "Weekly store briefing"),
            "cascade",
            "09:00",
            15,
            ("managers",),
            (
                "Prioridades de la semana para contar en la reunión de inicio de turno.",
                "Priorities of the week to share in the start-of-shift huddle.",
            ),
            "FREQ=WEEKLY;BYDAY=MO;UNTIL={until}",
        ),
        (
            ("Encuesta de pulso mensual", "Monthly pulse survey"),
            "survey",
            "10:30",
            10,
            None,
            (
                "Cinco preguntas: satisfacción, recomendación (eNPS), información, carga y una abierta.",
                "Five questions: satisfaction, recommendation (eNPS), information, workload and one open.",
            ),
            "FREQ=MONTHLY;BYDAY=3WE;UNTIL={until}",
        ),
        (
            ("Reunión general trimestral", "Quarterly town hall"),
            "town_hall",
            "12:00",
            75,
            None,
            (
                "Resultados del trimestre y preguntas abiertas a la dirección.",
                "Quarter results and open questions to leadership.",
            ),
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;UNTIL={until}",
        ),
        (
            ("Cierre de mes: resultados por zona", "Month end: results per region"),
            "email",
            "18:00",
            15,
            ("managers",),
            (
                "Ventas, NPS y rotación de cada zona, el último día laborable del mes.",
                "Sales, NPS and turnover per region, on the last working day of the month.",
            ),
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL={until}",
        ),
        (
            ("Noticias de la semana en pantallas", "The week's news on screens"),
            "signage",
            "08:00",
            480,
            ("front", "logistics"),
            (
                "Tres titulares y un reconocimiento, renovados cada lunes.",
                "Three headlines and one shout-out, renewed every Monday.",
            ),
            "FREQ=WEEKLY;BYDAY=MO;UNTIL={until}",
        ),
        (
            ("Café con la dirección (zona)", "Coffee with leadership (region)"),
            "town_hall",
            "09:30",
            45,
            ("managers",),
            (
                "Encuentro informal por zona con un miembro del comité de dirección.",
                "Informal meeting per region with a member of the leadership team.",
            ),
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TH;UNTIL={until}",
        ),
    ),
}

# --------------------------------------------------------------------------- listening
# Pulse-survey metrics: key, name, source.
METRICS: dict[str, Text] = {
    "satisfaction": ("Satisfacción (1–5)", "Satisfaction (1–5)"),
    "enps": ("eNPS", "eNPS"),
    "participation": ("Participación (%)", "Participation (%)"),
    "open_rate": ("Tasa de apertura (%)", "Open rate (%)"),
}
SURVEY_SOURCE: Text = ("Encuesta de pulso mensual", "Monthly pulse survey")
EMAIL_SOURCE: Text = ("Estadísticas de correo", "Email statistics")
# Segment key: (satisfaction, eNPS, participation %, monthly trend of satisfaction)
SURVEY_BASELINES: dict[str, tuple[float, float, float, float]] = {
    "all": (3.6, 8.0, 52.0, 0.02),
    "front": (3.35, -2.0, 41.0, 0.05),
    "managers": (3.8, 18.0, 74.0, 0.01),
    "office": (3.95, 22.0, 71.0, 0.0),
    "logistics": (3.15, -14.0, 44.0, 0.03),
    "centre": (3.65, 10.0, 55.0, 0.02),
    "east": (3.55, 6.0, 50.0, 0.02),
    "south": (3.7, 12.0, 53.0, 0.02),
    "north": (3.5, 4.0, 49.0, 0.02),
}

# Feedback heard through two-way channels: kind, text, tags, answer (None: no answer yet).
FEEDBACK: tuple[tuple[str, Text, tuple[str, ...], Text | None], ...] = (
    (
        "complaint",
        (
            "Los cuadrantes se publican con muy poca antelación y no podemos organizarnos.",
            "Rotas are published at very short notice and we cannot plan our lives.",
        ),
        ("horarios",),
        (
            "A partir del verano los cuadrantes se publicarán con seis semanas de antelación.",
            "From the summer on, rotas will be published six weeks ahead.",
        ),
    ),
    (
        "idea",
        (
            "Poner la información del día en la pantalla del office en lugar de en papel.",
            "Show the day's information on the break-room screen instead of on paper.",
        ),
        ("herramientas", "información clara"),
        (
            "Buena idea: lo incluimos en las pantallas de tienda desde el próximo mes.",
            "Good idea: it will be on the store screens from next month.",
        ),
    ),
    (
        "question",
        (
            "¿Cuándo podremos ver la nómina desde el móvil?",
            "When will we be able to see our payslip on the phone?",
        ),
        ("herramientas",),
        (
            "Con la nueva app del empleado, que llega en los próximos meses.",
            "With the new employee app, coming in the next few months.",
        ),
    ),
    (
        "praise",
        (
            "La visita de la dirección a nuestra tienda fue muy útil; que se repita.",
            "The leadership visit to our store was really useful; let's do it again.",
        ),
        ("reconocimiento",),
        None,
    ),
    (
        "complaint",
        (
            "Nos enteramos de los cambios de precios por los clientes antes que por la empresa.",
            "We hear about price changes from customers before we hear from the company.",
        ),
        ("información clara",),
        (
            "Los cambios de precio irán en el briefing semanal de tienda del lunes.",
            "Price changes will be in the Monday store briefing.",
        ),
    ),
    (
        "idea",
        (
            "Hacer una sesión de bienvenida también para quien entra en el turno de noche.",
            "Run a welcome session for people joining on the night shift too.",
        ),
        ("acogida", "horarios"),
        None,
    ),
    (
        "question",
        (
            "¿Cómo me apunto a la formación de jefe de sección?",
            "How do I sign up for the section manager training?",
        ),
        ("formación", "desarrollo profesional"),
        (
            "Las inscripciones están en la intranet, apartado Formación; tu jefe de tienda te ayuda.",
            "Sign-up is on the intranet, Training section; your store manager can help.",
        ),
    ),
    (
        "complaint",
        (
            "Las carretillas del muelle 3 necesitan revisión; ya ha habido dos sustos.",
            "The forklifts at dock 3 need servicing; there have already been two near misses.",
        ),
        ("seguridad laboral",),
        (
            "Revisadas y una retirada. Gracias por avisar: así se evitan accidentes.",
            "Serviced and one taken out of use. Thanks for telling us: that is how accidents are avoided.",
        ),
    ),
    (
        "praise",
        (
            "Gracias por publicar las respuestas del buzón de ideas: se nota que alguien lee.",
            "Thanks for publishing the idea box answers: you can tell someone reads them.",
        ),
        ("reconocimiento", "información clara"),
        None,
    ),
    (
        "idea",
        (
            "Que los mandos tengan diez minutos a la semana para contar las novedades al equipo.",
            "Give managers ten minutes a week to share news with the team.",
        ),
        ("feedback del mando", "información clara"),
        (
            "Es justo lo que hará el nuevo briefing semanal de tienda.",
            "That is exactly what the new weekly store briefing will do.",
        ),
    ),
    (
        "question",
        (
            "¿El canal de denuncias es de verdad anónimo?",
            "Is the speak-up channel really anonymous?",
        ),
        ("información clara",),
        (
            "Sí: lo gestiona una empresa externa y puedes no dar tu nombre.",
            "Yes: an external company runs it and you may stay anonymous.",
        ),
    ),
    (
        "complaint",
        (
            "Los correos llegan solo a quien tiene ordenador; en tienda no nos enteramos.",
            "Emails only reach people with a computer; in stores we never hear about things.",
        ),
        ("información clara", "herramientas"),
        None,
    ),
    (
        "idea",
        (
            "Donar el pan del día a la parroquia del barrio en lugar de tirarlo.",
            "Donate the day's leftover bread to the local parish instead of throwing it away.",
        ),
        ("sostenibilidad",),
        (
            "Lo estamos probando en 20 tiendas dentro de la Semana de la sostenibilidad.",
            "We are piloting it in 20 stores as part of Sustainability week.",
        ),
    ),
    (
        "praise",
        (
            "El curso de atención al cliente fue práctico y muy ameno.",
            "The customer service course was practical and enjoyable.",
        ),
        ("formación",),
        None,
    ),
    (
        "question",
        (
            "¿Se puede cambiar un turno con un compañero desde la app?",
            "Can I swap a shift with a colleague in the app?",
        ),
        ("horarios", "herramientas"),
        None,
    ),
    (
        "complaint",
        (
            "En verano la zona de carga pasa de 35 grados; necesitamos ventiladores o pausas.",
            "In summer the loading area goes above 35 degrees; we need fans or breaks.",
        ),
        ("seguridad laboral", "bienestar"),
        (
            "Instalados ventiladores industriales y pausas de 10 minutos cada dos horas en julio y agosto.",
            "Industrial fans installed and 10-minute breaks every two hours in July and August.",
        ),
    ),
)
# Who plausibly raises feedback on a topic (by the entry's first tag): segment keys.
FEEDBACK_AUDIENCES: dict[str, tuple[str, ...]] = {
    "horarios": ("front", "front", "logistics"),
    "herramientas": ("front", "office", "managers"),
    "información clara": ("front", "front", "logistics", "managers"),
    "reconocimiento": ("front", "logistics"),
    "acogida": ("front", "logistics"),
    "formación": ("front", "office"),
    "desarrollo profesional": ("front", "office"),
    "seguridad laboral": ("logistics",),
    "feedback del mando": ("front", "managers"),
    "sostenibilidad": ("front", "office"),
}
FEEDBACK_FOLLOW_UP: Text = (
    "Gracias: lo hemos trasladado al equipo responsable y te contaremos qué se decide.",
    "Thank you: we have passed it on to the team in charge and will tell you what is decided.",
)
STATUS_COMMENTS: dict[str, Text] = {
    "in_review": ("Enviado a revisión del comité.", "Sent to the committee for review."),
    "approved": ("Aprobado por el comité de dirección.", "Approved by the leadership team."),
    "cancelled": (
        "Aplazado: coincide con otra prioridad.",
        "Postponed: clashes with another priority.",
    ),
}
