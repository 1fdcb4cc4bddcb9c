-- Issue 13: an account whose password nobody chose (the first administrator's random one) must change it
-- before doing anything else.
ALTER TABLE app_users ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
