-- Events (component events): meetings, consultation points, walks, workshops, festivals; in person, online or both;
-- with a place on the map, a capacity and registration with a waiting list. Staff record attendance afterwards.
create sequence civic_event_seq start with 50 increment by 50;
create table civic_event (
    id             bigint        not null primary key,
    version        bigint        not null,
    project_id     bigint        references project (id) on delete set null,
    kind           varchar(30)   not null check (kind in ('MEETING', 'CONSULTATION_POINT', 'WALK', 'WORKSHOP', 'FESTIVAL')),
    format         varchar(20)   not null check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    title_pl       varchar(200)  not null,
    title_en       varchar(200),
    description_pl varchar(4000),
    description_en varchar(4000),
    place          varchar(300),
    latitude       double precision,
    longitude      double precision,
    online_url     varchar(500),
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    capacity       integer check (capacity > 0),
    registration   boolean       not null,
    published      boolean       not null,
    participants   integer check (participants >= 0),
    constraint civic_event_ends_after_start check (ends_at > starts_at)
);
create index civic_event_starts on civic_event (starts_at);
create index civic_event_project on civic_event (project_id);

-- A resident's place at an event: confirmed, or on the waiting list in the order of registering; one per resident. The
-- reminder e-mail goes once per registration (claimed by a conditional update, so one node of a cluster sends it).
create sequence event_registration_seq start with 50 increment by 50;
create table event_registration (
    id            bigint      not null primary key,
    event_id      bigint      not null references civic_event (id) on delete cascade,
    resident_id   bigint      not null references resident (id),
    status        varchar(20) not null check (status in ('CONFIRMED', 'WAITING')),
    registered_at timestamp with time zone not null,
    attended      boolean,
    reminded_at   timestamp with time zone,
    constraint event_registration_once unique (event_id, resident_id)
);
create index event_registration_event on event_registration (event_id, status, registered_at);
create index event_registration_resident on event_registration (resident_id);

-- What was collected at an event: a keyed answer may name the event (or consultation point) it came from.
alter table survey_response add column event_id bigint references civic_event (id) on delete set null;
create index survey_response_event on survey_response (event_id);

-- Minutes, photos and other documents of an event, published with it (as a project's documents are).
create sequence event_document_seq start with 50 increment by 50;
create table event_document (
    id           bigint        not null primary key,
    event_id     bigint        not null references civic_event (id) on delete cascade,
    title        varchar(200)  not null,
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   integer       not null,
    content      bytea         not null,
    uploaded_at  timestamp with time zone not null
);
create index event_document_event on event_document (event_id, id);
