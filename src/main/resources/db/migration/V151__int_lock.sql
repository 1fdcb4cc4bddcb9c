-- Locks in the database (Spring Integration's JdbcLockRegistry; system/db/OneInstanceLock): only the instance holding
-- one does its work, e.g. watching the rule folders. The table of org/springframework/integration/jdbc/schema-*.sql
-- (spring-integration-jdbc 7.0.5), the same for H2 and PostgreSQL.
CREATE TABLE INT_LOCK (
    LOCK_KEY CHAR(36) NOT NULL,
    REGION VARCHAR(100) NOT NULL,
    CLIENT_ID CHAR(36),
    CREATED_DATE TIMESTAMP NOT NULL,
    EXPIRED_AFTER TIMESTAMP NOT NULL,
    CONSTRAINT INT_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION)
);
