"""Vocabulary of the demo organisation's people: a Spanish retail chain (Mercados Alameda).

People data stays in Spanish whatever the demo language, like a real HR export from a Spanish
company; only the plan itself (values, goals, channels, campaigns, segments) is translated.
Weights are relative frequencies; every table is a tuple so iteration order is fixed.
"""

from __future__ import annotations

ORGANISATION = "Mercados Alameda"

# Functions (the top of the organisation chart). Segment rules refer to these literals.
STORES = "Tiendas"
LOGISTICS = "Logística"
CUSTOMER_SERVICE = "Atención al cliente"
HR = "RR. HH."
FINANCE = "Finanzas"
IT = "TI"
MARKETING = "Marketing"
PURCHASING = "Compras"
OPERATIONS = "Operaciones"
INTERNAL_COMMS = "Comunicación interna"
MANAGEMENT = "Dirección general"

HEAD_OFFICE_FUNCTIONS = (
    HR,
    FINANCE,
    IT,
    MARKETING,
    PURCHASING,
    OPERATIONS,
    INTERNAL_COMMS,
    MANAGEMENT,
)

# Levels, lowest first.
OPERATIVE = "Operativo"
SPECIALIST = "Técnico"
MIDDLE_MANAGER = "Mando intermedio"
MANAGER = "Gerencia"
EXECUTIVE = "Dirección"

# In the order stores open (see demo._stores). City, weight of the city's stores, neighbourhoods or nearby towns (for store names), region.
CITIES: tuple[tuple[str, int, tuple[str, ...], str], ...] = (
    (
        "Madrid",
        22,
        (
            "Castellana",
            "Chamberí",
            "Vallecas",
            "Arganzuela",
            "Moratalaz",
            "Alcalá de Henares",
            "Getafe",
            "Las Rozas",
            "Alcobendas",
            "Móstoles",
            "Leganés",
            "Pozuelo",
        ),
        "centro",
    ),
    (
        "Barcelona",
        17,
        (
            "Eixample",
            "Gràcia",
            "Sants",
            "Sant Andreu",
            "Poblenou",
            "L'Hospitalet",
            "Badalona",
            "Sabadell",
            "Terrassa",
            "Mataró",
        ),
        "este",
    ),
    (
        "Valencia",
        10,
        ("Russafa", "Benimaclet", "Campanar", "Torrent", "Paterna", "Gandia"),
        "este",
    ),
    (
        "Sevilla",
        10,
        ("Nervión", "Triana", "Los Remedios", "Dos Hermanas", "Mairena", "Macarena"),
        "sur",
    ),
    ("Bilbao", 7, ("Abando", "Deusto", "Barakaldo", "Getxo", "Basauri"), "norte"),
    ("Málaga", 7, ("Centro", "Teatinos", "Marbella", "Fuengirola", "Torremolinos"), "sur"),
    ("Zaragoza", 6, ("Delicias", "Actur", "Utebo", "Puerto Venecia"), "norte"),
    ("Murcia", 4, ("Centro", "Espinardo", "Cartagena", "Molina de Segura"), "este"),
    ("Palma", 4, ("Son Dameto", "Portixol", "Inca", "Manacor"), "este"),
    ("Valladolid", 4, ("Parquesol", "Delicias", "Laguna de Duero"), "centro"),
    ("A Coruña", 4, ("Matogrande", "Os Mallos", "Santiago", "Ferrol"), "norte"),
    ("Las Palmas", 4, ("Mesa y López", "Telde", "Vecindario"), "sur"),
)

# Head office, logistics centres and the customer contact centre: (city, weight).
HEAD_OFFICE_CITIES = (("Madrid", 85), ("Barcelona", 15))
LOGISTICS_CENTRES = (
    ("Madrid", "Getafe", 30),
    ("Barcelona", "El Prat", 24),
    ("Sevilla", "Dos Hermanas", 18),
    ("Valencia", "Riba-roja", 16),
    ("Zaragoza", "Plaza", 12),
)
CONTACT_CENTRES = (("Málaga", 70), ("Madrid", 30))

# Share of the workforce per part of the company.
WORKFORCE_SPLIT = ((STORES, 76), (LOGISTICS, 10), (CUSTOMER_SERVICE, 3), ("head office", 11))

# Position, department(s), level, customer-facing, weight.
StoreRole = tuple[str, tuple[str, ...], str, bool, int]
STORE_MANAGER: StoreRole = ("Jefe de tienda", ("Dirección de tienda",), MANAGER, True, 0)
STORE_ROLES: tuple[StoreRole, ...] = (
    ("Cajero", ("Cajas",), OPERATIVE, True, 30),
    (
        "Reponedor",
        ("Alimentación", "Frescos", "Droguería y perfumería", "Bazar"),
        OPERATIVE,
        True,
        24,
    ),
    (
        "Dependiente",
        ("Frescos", "Carnicería", "Pescadería", "Textil", "Hogar"),
        OPERATIVE,
        True,
        25,
    ),
    ("Vendedor especialista", ("Electrónica", "Óptica"), SPECIALIST, True, 5),
    ("Auxiliar de atención al cliente", ("Atención al cliente",), OPERATIVE, True, 4),
    ("Encargado de caja", ("Cajas",), MIDDLE_MANAGER, True, 2),
    (
        "Jefe de sección",
        ("Alimentación", "Frescos", "Textil", "Electrónica", "Hogar"),
        MIDDLE_MANAGER,
        True,
        5,
    ),
    ("Supervisor", ("Sala de ventas",), MIDDLE_MANAGER, True, 3),
    ("Administrativo de tienda", ("Administración de tienda",), OPERATIVE, False, 2),
)
LOGISTICS_ROLES: tuple[StoreRole, ...] = (
    ("Mozo de almacén", ("Almacén",), OPERATIVE, False, 38),
    ("Preparador de pedidos", ("Preparación de pedidos online",), OPERATIVE, False, 22),
    ("Carretillero", ("Almacén",), OPERATIVE, False, 14),
    ("Conductor de reparto", ("Reparto a domicilio",), OPERATIVE, True, 12),
    ("Administrativo de logística", ("Planificación",), OPERATIVE, False, 4),
    ("Jefe de turno", ("Almacén", "Transporte"), MIDDLE_MANAGER, False, 7),
    ("Responsable de almacén", ("Almacén",), MANAGER, False, 3),
)
CONTACT_ROLES: tuple[StoreRole, ...] = (
    (
        "Agente de atención al cliente",
        ("Atención telefónica", "Atención online", "Postventa"),
        OPERATIVE,
        True,
        84,
    ),
    ("Coordinador de equipo", ("Atención telefónica", "Atención online"), MIDDLE_MANAGER, True, 12),
    (
        "Responsable de atención al cliente",
        ("Dirección de atención al cliente",),
        MANAGER,
        False,
        4,
    ),
)

# Head-office function: weight, departments, (position, level, weight).
HeadOfficeFunction = tuple[str, int, tuple[str, ...], tuple[tuple[str, str, int], ...]]
HEAD_OFFICE: tuple[HeadOfficeFunction, ...] = (
    (
        HR,
        14,
        (
            "Selección y talento",
            "Nóminas y administración de personal",
            "Formación y desarrollo",
            "Relaciones laborales",
            "Prevención de riesgos laborales",
        ),
        (
            ("Técnico de RR. HH.", SPECIALIST, 40),
            ("HR Business Partner", SPECIALIST, 15),
            ("Administrativo de personal", OPERATIVE, 25),
            ("Responsable de RR. HH.", MIDDLE_MANAGER, 12),
            ("Director de Personas", EXECUTIVE, 2),
            ("Becario", OPERATIVE, 6),
        ),
    ),
    (
        FINANCE,
        12,
        ("Contabilidad", "Control de gestión", "Tesorería", "Fiscal"),
        (
            ("Contable", SPECIALIST, 35),
            ("Analista financiero", SPECIALIST, 30),
            ("Administrativo contable", OPERATIVE, 20),
            ("Responsable financiero", MIDDLE_MANAGER, 10),
            ("Director financiero", EXECUTIVE, 2),
            ("Becario", OPERATIVE, 3),
        ),
    ),
    (
        IT,
        16,
        (
            "Sistemas",
            "Desarrollo digital",
            "Soporte a tiendas",
            "Ciberseguridad",
            "Datos y analítica",
        ),
        (
            ("Desarrollador", SPECIALIST, 30),
            ("Técnico de soporte", OPERATIVE, 25),
            ("Analista de datos", SPECIALIST, 15),
            ("Administrador de sistemas", SPECIALIST, 15),
            ("Jefe de proyecto", MIDDLE_MANAGER, 10),
            ("Director de Tecnología", EXECUTIVE, 2),
            ("Becario", OPERATIVE, 3),
        ),
    ),
    (
        MARKETING,
        11,
        ("Marca", "Marketing digital", "Fidelización", "Estudios de mercado"),
        (
            ("Técnico de marketing", SPECIALIST, 40),
            ("Diseñador gráfico", SPECIALIST, 15),
            ("Community manager", SPECIALIST, 12),
            ("Responsable de marketing", MIDDLE_MANAGER, 12),
            ("Director de Marketing", EXECUTIVE, 2),
            ("Becario", OPERATIVE, 5),
        ),
    ),
    (
        PURCHASING,
        12,
        ("Compras de alimentación", "Compras de no alimentación", "Calidad de producto"),
        (
            ("Comprador", SPECIALIST, 45),
            ("Técnico de calidad", SPECIALIST, 20),
            ("Administrativo de compras", OPERATIVE, 20),
            ("Jefe de categoría", MIDDLE_MANAGER, 12),
            ("Director de Compras", EXECUTIVE, 2),
        ),
    ),
    (
        OPERATIONS,
        22,
        ("Operaciones de tienda", "Expansión", "Mantenimiento", "Gerencia de zona"),
        (
            ("Técnico de operaciones", SPECIALIST, 35),
            ("Gerente de zona", MANAGER, 25),
            ("Técnico de mantenimiento", OPERATIVE, 20),
            ("Responsable de expansión", MIDDLE_MANAGER, 8),
            ("Director de Operaciones", EXECUTIVE, 2),
        ),
    ),
    (
        INTERNAL_COMMS,
        5,
        ("Comunicación interna", "Comunicación corporativa"),
        (
            ("Técnico de comunicación", SPECIALIST, 60),
            ("Responsable de comunicación interna", MIDDLE_MANAGER, 20),
            ("Director de Comunicación", EXECUTIVE, 5),
            ("Becario", OPERATIVE, 10),
        ),
    ),
    (
        MANAGEMENT,
        4,
        ("Comité de dirección", "Asesoría jurídica", "Cumplimiento normativo"),
        (
            ("Asistente de dirección", OPERATIVE, 35),
            ("Abogado", SPECIALIST, 30),
            ("Responsable de cumplimiento", MIDDLE_MANAGER, 15),
            ("Consejero delegado", EXECUTIVE, 2),
        ),
    ),
)

# Tag vocabularies.
INTERESTS = (
    "sostenibilidad",
    "formación",
    "bienestar",
    "innovación",
    "tecnología",
    "deporte",
    "voluntariado",
    "diversidad",
    "cultura",
    "idiomas",
    "alimentación saludable",
)
# Base weight of each interest, then multipliers per function (missing means 1).
INTEREST_WEIGHTS = (14, 18, 16, 9, 9, 14, 8, 6, 7, 6, 8)
INTEREST_BOOST: dict[str, dict[str, float]] = {
    IT: {"tecnología": 4.0, "innovación": 3.0},
    MARKETING: {"innovación": 2.5, "cultura": 2.0, "tecnología": 1.5},
    HR: {"formación": 2.0, "diversidad": 2.5, "bienestar": 1.5},
    PURCHASING: {"sostenibilidad": 2.0, "alimentación saludable": 2.0},
    LOGISTICS: {"deporte": 1.5, "sostenibilidad": 1.3},
    STORES: {"formación": 1.3, "alimentación saludable": 1.3},
    INTERNAL_COMMS: {"cultura": 2.0, "voluntariado": 2.0},
}

NEEDS = (
    "horarios",
    "formación",
    "reconocimiento",
    "información clara",
    "herramientas",
    "conciliación",
    "desarrollo profesional",
    "seguridad laboral",
    "feedback del mando",
    "acogida",
)
NEED_WEIGHTS = (10, 12, 12, 12, 8, 10, 9, 4, 8, 0)
NEED_BOOST: dict[str, dict[str, float]] = {
    STORES: {"horarios": 2.5, "reconocimiento": 1.5, "información clara": 1.3},
    LOGISTICS: {"seguridad laboral": 6.0, "horarios": 2.0},
    CUSTOMER_SERVICE: {"herramientas": 2.5, "reconocimiento": 1.5},
    IT: {"herramientas": 2.0, "desarrollo profesional": 1.5},
    HR: {"conciliación": 1.5},
}

EXPECTATIONS = (
    "estabilidad",
    "crecimiento profesional",
    "buen ambiente",
    "flexibilidad",
    "salario competitivo",
    "formación continua",
    "participar en decisiones",
    "transparencia",
    "reconocimiento del esfuerzo",
)
EXPECTATION_WEIGHTS = (16, 12, 14, 10, 14, 8, 6, 10, 10)

# Custom attributes: value, weight.
SHIFTS_STORE = (
    ("Mañana", 36),
    ("Tarde", 32),
    ("Partido", 14),
    ("Rotativo", 12),
    ("Fines de semana", 6),
)
SHIFTS_LOGISTICS = (("Mañana", 40), ("Tarde", 35), ("Noche", 25))
SHIFTS_OFFICE = (("Partido", 55), ("Flexible", 45))
CONTRACTS_FRONT = (("Indefinido", 68), ("Temporal", 20), ("Fijo discontinuo", 12))
CONTRACTS_OFFICE = (("Indefinido", 88), ("Temporal", 8), ("Prácticas", 4))

# Languages: the default mix and the mix in cities with a co-official language.
LANGUAGE_DEFAULT = (("es", 97), ("en", 3))
LANGUAGE_BY_CITY: dict[str, tuple[tuple[str, int], ...]] = {
    "Barcelona": (("es", 55), ("ca", 42), ("en", 3)),
    "Palma": (("es", 60), ("ca", 32), ("en", 8)),
    "Valencia": (("es", 82), ("ca", 16), ("en", 2)),
    "Bilbao": (("es", 72), ("eu", 26), ("en", 2)),
    "Málaga": (("es", 90), ("en", 10)),
    "Las Palmas": (("es", 93), ("en", 7)),
}

FIRST_NAMES_F = (
    "María",
    "Lucía",
    "Carmen",
    "Laura",
    "Ana",
    "Marta",
    "Paula",
    "Sara",
    "Cristina",
    "Elena",
    "Isabel",
    "Raquel",
    "Patricia",
    "Beatriz",
    "Alba",
    "Andrea",
    "Natalia",
    "Rocío",
    "Silvia",
    "Nuria",
    "Irene",
    "Pilar",
    "Sofía",
    "Julia",
    "Claudia",
    "Noelia",
    "Rosa",
    "Inmaculada",
    "Lorena",
    "Verónica",
)
FIRST_NAMES_M = (
    "Antonio",
    "José",
    "Manuel",
    "Francisco",
    "David",
    "Javier",
    "Daniel",
    "Carlos",
    "Alejandro",
    "Miguel",
    "Rafael",
    "Pablo",
    "Sergio",
    "Jorge",
    "Alberto",
    "Luis",
    "Álvaro",
    "Adrián",
    "Diego",
    "Rubén",
    "Iván",
    "Óscar",
    "Raúl",
    "Hugo",
    "Fernando",
    "Víctor",
    "Enrique",
    "Marcos",
    "Andrés",
    "Jesús",
)
FIRST_NAMES_CA = (
    "Jordi",
    "Montserrat",
    "Núria",
    "Pau",
    "Oriol",
    "Laia",
    "Marc",
    "Gemma",
    "Arnau",
    "Mireia",
    "Xavier",
    "Roser",
)
FIRST_NAMES_EU = (
    "Iker",
    "Ane",
    "Mikel",
    "Amaia",
    "Aitor",
    "Leire",
    "Unai",
    "Nerea",
    "Gorka",
    "Itziar",
    "Asier",
    "Maite",
)
FIRST_NAMES_EN = ("Emma", "Oliver", "Sophie", "James", "Charlotte", "Thomas", "Hannah", "Daniel")
SURNAMES = (
    "García",
    "Rodríguez",
    "González",
    "Fernández",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Martín",
    "Jiménez",
    "Ruiz",
    "Hernández",
    "Díaz",
    "Moreno",
    "Muñoz",
    "Álvarez",
    "Romero",
    "Alonso",
    "Gutiérrez",
    "Navarro",
    "Torres",
    "Domínguez",
    "Vázquez",
    "Ramos",
    "Gil",
    "Ramírez",
    "Serrano",
    "Blanco",
    "Molina",
    "Morales",
    "Suárez",
    "Ortega",
    "Delgado",
    "Castro",
    "Ortiz",
    "Rubio",
    "Marín",
    "Sanz",
    "Núñez",
    "Iglesias",
    "Medina",
    "Garrido",
    "Cortés",
    "Castillo",
    "Santos",
    "Lozano",
    "Guerrero",
    "Cano",
    "Prieto",
    "Méndez",
    "Cruz",
    "Calvo",
    "Gallego",
    "Vidal",
    "León",
    "Herrera",
    "Peña",
    "Flores",
    "Cabrera",
)
SURNAMES_CA = (
    "Puig",
    "Vila",
    "Ferrer",
    "Soler",
    "Serra",
    "Pujol",
    "Roca",
    "Bosch",
    "Casals",
    "Font",
)
SURNAMES_EU = (
    "Etxeberria",
    "Goikoetxea",
    "Agirre",
    "Urrutia",
    "Arregi",
    "Zubizarreta",
    "Elorza",
    "Larrañaga",
    "Mendizabal",
    "Otxoa",
)
SURNAMES_EN = ("Smith", "Bennett", "Clarke", "Walker", "Hughes", "Turner", "Wright", "Evans")

# The internal communications team, owners of campaigns and communications.
COMMS_TEAM = (
    "Lucía Romero",
    "Javier Ortega",
    "Marta Gil",
    "Pablo Herrera",
    "Carmen Navarro",
)

# Head-office positions that belong to one department (others spread over their function's).
POSITION_DEPARTMENT = {
    "Gerente de zona": "Gerencia de zona",
    "Técnico de mantenimiento": "Mantenimiento",
    "Responsable de expansión": "Expansión",
    "Técnico de operaciones": "Operaciones de tienda",
    "Técnico de soporte": "Soporte a tiendas",
    "Analista de datos": "Datos y analítica",
    "Administrador de sistemas": "Sistemas",
    "Desarrollador": "Desarrollo digital",
    "Técnico de calidad": "Calidad de producto",
    "Diseñador gráfico": "Marca",
    "Community manager": "Marketing digital",
    "Abogado": "Asesoría jurídica",
    "Responsable de cumplimiento": "Cumplimiento normativo",
    "Asistente de dirección": "Comité de dirección",
    "Consejero delegado": "Comité de dirección",
    "Contable": "Contabilidad",
    "Administrativo contable": "Contabilidad",
    "Analista financiero": "Control de gestión",
    "Administrativo de personal": "Nóminas y administración de personal",
}
