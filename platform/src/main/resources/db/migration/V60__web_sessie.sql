-- Sessions of the web pages, shared by every replica (no sticky sessions). Not a tenant table: a session exists
-- before anyone knows the region (the login page), so it has no tenant_id and no row-level security. The
-- attributes (security context, the OAuth2 tokens, the CSRF token) are serialized by the platform; the browser
-- only ever holds the session id in an HttpOnly cookie.
create table web_sessie (
  id                      text        primary key,
  aangemaakt_op           timestamptz not null,
  laatst_gebruikt_op      timestamptz not null,
  max_inactief_seconden   int         not null,
  verloopt_op             timestamptz not null,
  attributen              bytea       not null
);

create index web_sessie_verloopt_op on web_sessie (verloopt_op);

grant select, insert, update, delete on web_sessie to ${appRole};
