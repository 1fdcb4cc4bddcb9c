package vn.gov.sokhcn.kpi.organisation;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One page of aggregates matching optional filters; Spring Data writes the SQL (LIKE, UPPER and the
 * page clause) in the database's own dialect, so the same code serves H2 and PostgreSQL.
 */
@Component
class Listing {
    private final JdbcAggregateOperations aggregates;

    Listing(JdbcAggregateOperations aggregates) {
        this.aggregates = aggregates;
    }

    <T> Page<T> page(Class<T> type, List<Criteria> filters, Pageable pageable) {
        Query query = filters.isEmpty() ? Query.empty() : Query.query(Criteria.from(filters));
        return aggregates.findAll(query, type, pageable);
    }

    /** Code or name contains {@code text}, ignoring case. */
    static Criteria codeOrNameContains(String nameColumn, String text) {
        String pattern = "%" + text.strip() + "%";
        return Criteria.where("code").like(pattern).ignoreCase(true).or(nameColumn).like(pattern).ignoreCase(true);
    }

    /** Adds "{@code property} = {@code id}", unless the id is missing (an unknown code, already reported). */
    static void whereIs(List<Criteria> filters, String property, Long id) {
        if (id != null) {
            filters.add(Criteria.where(property).is(id));
        }
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
