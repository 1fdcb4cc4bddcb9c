-- PostgreSQL: at most one ACTIVE version without an effective range (the default); ranged ACTIVE versions are many.
CREATE UNIQUE INDEX rule_set_versions_one_active_default ON rule_set_versions ((1))
    WHERE state = 'ACTIVE' AND effective_from IS NULL AND effective_to IS NULL;
