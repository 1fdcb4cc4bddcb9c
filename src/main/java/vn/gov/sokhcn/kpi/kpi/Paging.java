package vn.gov.sokhcn.kpi.kpi;

/** The {@code page} (from 0) and {@code size} of a list request, checked; SQL {@code LIMIT}/{@code OFFSET} from them. */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 500;

    public static Paging of(Integer page, Integer size) {
        Problems problems = new Problems();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            problems.add("page", "Số trang không được âm");
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add("size", "Cỡ trang phải từ 1 đến " + MAX_SIZE);
        }
        problems.throwIfAny();
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
