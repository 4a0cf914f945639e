-- Issue 18: an export is audited with what was asked (the filter as codes, the format) and how many rows it held,
-- so a record tells what left the platform. Codes and counts only, never personal data (no names, no search text):
-- the keys are written by the platform itself (audit.AuditEntry#kenmerken). Null for every other record.
alter table audit_record add column kenmerken jsonb;
