package vn.gov.sokhcn.kpi.evaluation.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;

/**
 * The request a run evaluated, as the JSON stored with it ({@code evaluation_runs.inputs}), written to a
 * temporary file as the run reads it, group by group, and streamed into the database at the end: a
 * province's million assignments are hundreds of megabytes of JSON, more than the heap should hold.
 * The period, units and people come first, then each group's assignments, then the exemptions.
 */
final class EvaluatedInputs implements AutoCloseable {
    private final Path file;
    private final JsonGenerator json;
    private boolean finished;

    private EvaluatedInputs(Path file, JsonGenerator json) {
        this.file = file;
        this.json = json;
    }

    /** Starts the document with everything of {@code withoutAssignments} but its assignments and exemptions. */
    static EvaluatedInputs start(JsonMapper mapper, EvaluationRequest withoutAssignments) {
        Path file;
        try {
            file = Files.createTempFile("kpi-run-inputs-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EvaluatedInputs inputs = new EvaluatedInputs(file, mapper.createGenerator(file, JsonEncoding.UTF8));
        inputs.json.writeStartObject();
        inputs.json.writeName("period");
        inputs.json.writePOJO(withoutAssignments.period());
        inputs.json.writeName("units");
        inputs.json.writePOJO(withoutAssignments.units());
        inputs.json.writeName("employees");
        inputs.json.writePOJO(withoutAssignments.employees());
        inputs.json.writeName("assignments");
        inputs.json.writeStartArray();
        return inputs;
    }

    void add(List<Assignment> assignments) {
        assignments.forEach(json::writePOJO);
    }

    /** Ends the document with the exemptions; its UTF-8 bytes are then {@link #open}. */
    void finish(EvaluationRequest withoutAssignments) {
        json.writeEndArray();
        json.writeName("quotaExemptions");
        json.writePOJO(withoutAssignments.quotaExemptions());
        json.writeEndObject();
        json.close();
        finished = true;
    }

    long bytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!finished) {
            json.close();
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
