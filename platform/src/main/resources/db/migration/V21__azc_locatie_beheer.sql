-- Platform operators maintain the national azc reference data through the API (optimistic locking on versie).
alter table azc_locatie add column versie int not null default 1;
grant insert, update on azc_locatie to ${appRole};
