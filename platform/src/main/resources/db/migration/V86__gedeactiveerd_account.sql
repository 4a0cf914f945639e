-- Issue 17: a regio-coördinator deactivates a user of her region. Keycloak disables the account and ends its
-- sessions, but an access token already issued stays valid until it expires (5 minutes). This table names the
-- accounts whose tokens the platform refuses at once, by the token's issuer and subject (never a name or e-mail):
-- written on deactivation, removed on reactivation, read into memory by the token check
-- (keycloak.internal.GedeactiveerdeAccounts). Platform data: no tenant, no row-level security (like the gids).

create table gedeactiveerd_account (
  issuer  text        not null check (length(issuer) between 1 and 500),
  subject text        not null check (length(subject) between 1 and 200),
  sinds   timestamptz not null,
  primary key (issuer, subject)
);

grant select, insert, update, delete on gedeactiveerd_account to ${appRole};
