-- A small Department stored by SQL for the run tests (standard SQL: runs on H2 and PostgreSQL).
-- 2026-01 to 2026-03 are complete months (their assignments are written by the test); 2026-04 lacks
-- E1's general criteria; 2026-05 has weights that do not total 100; 2026-Q1 rolls up January to
-- March; 2026-Q2 cannot be rolled up (June is not stored, April and May fail).
INSERT INTO units (code, name, parent_id, agency, sort_order) VALUES ('SO', 'Sở Khoa học và Công nghệ', NULL, TRUE, 0);
INSERT INTO units (code, name, parent_id, agency, sort_order)
    VALUES ('P1', 'Phòng Quản lý khoa học', (SELECT id FROM units WHERE code = 'SO'), FALSE, 1);

INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-01', 'MONTH', DATE '2026-01-01', DATE '2026-01-31', FALSE);
INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-02', 'MONTH', DATE '2026-02-01', DATE '2026-02-28', FALSE);
INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-03', 'MONTH', DATE '2026-03-01', DATE '2026-03-31', FALSE);
INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-04', 'MONTH', DATE '2026-04-01', DATE '2026-04-30', FALSE);
INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-05', 'MONTH', DATE '2026-05-01', DATE '2026-05-31', FALSE);
INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-Q1', 'QUARTER', DATE '2026-01-01', DATE '2026-03-31', FALSE);
INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES ('2026-Q2', 'QUARTER', DATE '2026-04-01', DATE '2026-06-30', FALSE);

INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level)
    VALUES ('I1', 'Hồ sơ thủ tục hành chính giải quyết đúng hạn', 'PI', 'HIGHER_IS_BETTER', 'MONTH', 'PERSON');
INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level)
    VALUES ('I2', 'Báo cáo tháng nộp đúng hạn', 'PI', 'BINARY', 'MONTH', 'PERSON');
INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level)
    VALUES ('I3', 'Nhiệm vụ KH&CN được nghiệm thu', 'KPI', 'HIGHER_IS_BETTER', 'MONTH', 'UNIT');

INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
    VALUES ('E1', 'Nguyễn Văn An', (SELECT id FROM units WHERE code = 'P1'), 'CIVIL_SERVANT', 'NONE', DATE '2020-01-01');
INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
    VALUES ('E2', 'Trần Thị Bình', (SELECT id FROM units WHERE code = 'P1'), 'CIVIL_SERVANT', 'NONE', DATE '2020-01-01');
INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
    VALUES ('E3', 'Lê Văn Cường', (SELECT id FROM units WHERE code = 'P1'), 'CIVIL_SERVANT', 'NONE', DATE '2020-01-01');
INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
    VALUES ('E4', 'Phạm Thị Dung', (SELECT id FROM units WHERE code = 'P1'), 'PUBLIC_EMPLOYEE', 'NONE', DATE '2026-03-20');

-- E3 was reprimanded in March: KHTNV from March on, not in February.
INSERT INTO discipline_records (employee_id, kind, decided_on, decision_no)
    VALUES ((SELECT id FROM employees WHERE code = 'E3'), 'REPRIMAND', DATE '2026-03-10', '12/QĐ-SKHCN');
-- E2 was on sick leave 2-8 February (7 of 28 days).
INSERT INTO leave_records (employee_id, kind, start_date, end_date)
    VALUES ((SELECT id FROM employees WHERE code = 'E2'), 'SICK', DATE '2026-02-02', DATE '2026-02-08');
