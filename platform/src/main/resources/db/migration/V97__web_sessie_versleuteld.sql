-- Sessions as JSON encrypted with AES-GCM (issue 20): attributen now holds the IV and the ciphertext of the JSON,
-- bound to the session id; sleutel_id names the key (doorlopendelijn.web.sessie-sleutels), so keys can rotate. The
-- Java-serialized rows of before cannot be read any more: they go (everyone logs in once more).
delete from web_sessie;
alter table web_sessie add column sleutel_id text not null;
