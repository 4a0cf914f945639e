-- The outbox: how one module tells another that something happened, without losing it (docs/adr/0005-outbox.md).
-- A row is written in the transaction of the change, one per listener, and delivered after commit by the
-- dispatcher, retried with backoff until the listener succeeds (at least once; event_id is stable, so a listener
-- can recognise a repeat). Rows hold ids and codes only, never personal data.
--
-- A tenant table like any other (tenant_id first, forced RLS, gone with a region's purge); events of platform-level
-- work (the contactpersonengids) belong to platform_tenant(), as in the audit log.
create table outbox (
  tenant_id        uuid        not null default coalesce(app_tenant(), platform_tenant()),
  id               uuid        not null,
  event_id         uuid        not null,
  event_type       text        not null,
  listener         text        not null,
  payload          jsonb       not null,
  created_at       timestamptz not null default now(),
  attempts         int         not null default 0,
  next_attempt_at  timestamptz not null default now(),
  locked_until     timestamptz,
  last_error       text,
  delivered_at     timestamptz,
  primary key (tenant_id, id)
);
create index outbox_due on outbox (tenant_id, next_attempt_at) where delivered_at is null;
create index outbox_delivered on outbox (delivered_at) where delivered_at is not null;

alter table outbox enable row level security;
alter table outbox force row level security;
create policy tenant_isolation on outbox
  using (tenant_id = coalesce(app_tenant(), platform_tenant()))
  with check (tenant_id = coalesce(app_tenant(), platform_tenant()));

grant select, insert, update, delete on outbox to ${appRole};

-- FORCE makes the owner subject to RLS too; the definer functions below run as the owner and must see every
-- tenant's rows (they return ids and counts only). As for the audit log's retention, only the owner gets this.
do $$ begin
  execute format('create policy eigenaar_overzicht on outbox to %I using (true) with check (true)', current_user);
end $$;

-- The dispatcher's one look across tenants: which tenants have deliveries due, and the totals for the status
-- endpoint. Counts and tenant ids only (no payload), so they may bypass RLS as the owner (security definer).
create function outbox_due_tenants() returns setof uuid
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select distinct tenant_id from outbox
    where delivered_at is null and next_attempt_at <= now() and (locked_until is null or locked_until < now())
  $$;

create function outbox_totals(out pending bigint, out failing bigint, out oldest_pending timestamptz)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select count(*) filter (where delivered_at is null),
           count(*) filter (where delivered_at is null and attempts > 0 and last_error is not null),
           min(created_at) filter (where delivered_at is null)
    from outbox
  $$;

create function outbox_failing(max_rows int) returns table (
    tenant_id uuid, id uuid, event_type text, listener text, attempts int, last_error text,
    created_at timestamptz, next_attempt_at timestamptz)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select tenant_id, id, event_type, listener, attempts, last_error, created_at, next_attempt_at from outbox
    where delivered_at is null and attempts > 0 and last_error is not null
    order by created_at limit max_rows
  $$;

-- Delivered rows are kept for a while (to answer "was it delivered?"), then removed; undelivered rows stay.
create function outbox_remove_delivered(keep interval) returns bigint
  language sql security definer set search_path = public, pg_temp
  as $$
    with removed as (delete from outbox where delivered_at < now() - keep returning 1) select count(*) from removed
  $$;

revoke all on function outbox_due_tenants(), outbox_totals(), outbox_failing(int), outbox_remove_delivered(interval)
  from public;
grant execute on function outbox_due_tenants(), outbox_totals(), outbox_failing(int), outbox_remove_delivered(interval)
  to ${appRole};
