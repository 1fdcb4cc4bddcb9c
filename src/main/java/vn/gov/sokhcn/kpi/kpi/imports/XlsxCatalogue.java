package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * The «Danh mục» sheet: one column per list (people working in the period, units, indicators,
 * polarities, yes/no), each under a workbook name; the data sheet's dropdowns refer to those names,
 * and its number columns refuse negative numbers.
 */
final class XlsxCatalogue {
    private static final Map<ImportColumn.Catalogue, String> TITLES = new EnumMap<>(Map.of(
            ImportColumn.Catalogue.EMPLOYEES, "Mã cán bộ",
            ImportColumn.Catalogue.UNITS, "Mã đơn vị",
            ImportColumn.Catalogue.INDICATORS, "Mã chỉ số",
            ImportColumn.Catalogue.POLARITIES, "Chiều đánh giá",
            ImportColumn.Catalogue.YES_NO, "Có / Không"));

    private XlsxCatalogue() {
    }

    static void write(Workbook workbook, PeriodData data, Sheet dataSheet, int lastRow) {
        Map<ImportColumn.Catalogue, List<String[]>> lists = lists(data);
        Sheet sheet = workbook.createSheet(XlsxTemplateWriter.CATALOGUE_SHEET);
        Map<ImportColumn.Catalogue, String> names = new EnumMap<>(ImportColumn.Catalogue.class);
        List<ImportColumn.Catalogue> order = List.copyOf(lists.keySet());
        int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
        Row titles = sheet.createRow(0);
        for (int k = 0; k < order.size(); k++) {
            titles.createCell(3 * k).setCellValue(TITLES.get(order.get(k)));
            titles.createCell(3 * k + 1).setCellValue("Tên / diễn giải");
            sheet.setColumnWidth(3 * k, 18 * 256);
            sheet.setColumnWidth(3 * k + 1, 40 * 256);
        }
        for (int r = 0; r < longest; r++) {
            Row row = sheet.createRow(r + 1);
            for (int k = 0; k < order.size(); k++) {
                List<String[]> list = lists.get(order.get(k));
                if (r < list.size()) {
                    row.createCell(3 * k).setCellValue(list.get(r)[0]);
                    row.createCell(3 * k + 1).setCellValue(list.get(r)[1]);
                }
            }
        }
        for (int k = 0; k < order.size(); k++) {
            int size = lists.get(order.get(k)).size();
            if (size > 0) {
                Name name = workbook.createName();
                name.setNameName("DM_" + order.get(k).name());
                String letter = CellReference.convertNumToColString(3 * k);
                name.setRefersToFormula("'" + XlsxTemplateWriter.CATALOGUE_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (size + 1));
                names.put(order.get(k), name.getNameName());
            }
        }
        validations(dataSheet, names, lastRow);
    }

    private static Map<ImportColumn.Catalogue, List<String[]>> lists(PeriodData data) {
        Map<ImportColumn.Catalogue, List<String[]>> lists = new EnumMap<>(ImportColumn.Catalogue.class);
        lists.put(ImportColumn.Catalogue.EMPLOYEES, data.activeEmployees().stream()
                .map(e -> new String[] {e.code(), e.fullName() + " — " + e.unitName()}).toList());
        lists.put(ImportColumn.Catalogue.UNITS, data.units().values().stream().map(u -> new String[] {u.code(), u.name()}).toList());
        lists.put(ImportColumn.Catalogue.INDICATORS, data.indicators().values().stream()
                .map(i -> new String[] {i.code(), i.name() + " (" + Polarities.label(i.polarity()) + ")"}).toList());
        lists.put(ImportColumn.Catalogue.POLARITIES, Polarities.labels().stream().map(l -> new String[] {l, ""}).toList());
        lists.put(ImportColumn.Catalogue.YES_NO, List.of(new String[] {TemplateRows.YES, "có nguyên nhân khách quan được xác nhận"},
                new String[] {TemplateRows.NO, ""}));
        return lists;
    }

    private static void validations(Sheet sheet, Map<ImportColumn.Catalogue, String> names, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (ImportColumn c : ImportColumn.values()) {
            DataValidationConstraint constraint = null;
            String message = null;
            if (c.catalogue() != null && names.containsKey(c.catalogue())) {
                constraint = helper.createFormulaListConstraint(names.get(c.catalogue()));
                message = "Chọn một giá trị trong danh sách (trang «" + XlsxTemplateWriter.CATALOGUE_SHEET + "»).";
            } else if (c.kind() == ImportColumn.Kind.NUMBER) {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                message = "Nhập một số không âm.";
            }
            if (constraint != null) {
                DataValidation validation = helper.createValidation(constraint,
                        new CellRangeAddressList(1, lastRow, c.ordinal(), c.ordinal()));
                validation.setShowErrorBox(true);
                validation.createErrorBox("Giá trị không hợp lệ", message);
                sheet.addValidationData(validation);
            }
        }
    }
}
