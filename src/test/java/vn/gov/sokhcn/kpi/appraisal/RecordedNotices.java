package vn.gov.sokhcn.kpi.appraisal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The notices heard after their step committed, for the tests of the procedure (a refused step sends none). */
@Component
public class RecordedNotices {
    private final List<AppraisalNotice> heard = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void heard(AppraisalNotice notice) {
        heard.add(notice);
    }

    /** The notices of one cycle, in the order heard. */
    public List<AppraisalNotice.Kind> of(long cycle) {
        return heard.stream().filter(n -> n.cycleId() == cycle).map(AppraisalNotice::kind).toList();
    }
}
