-- Issue 15: e-mail notices of the appraisal procedure go to the address of each user's account (none: no mail).
ALTER TABLE app_users ADD COLUMN email VARCHAR(254);
