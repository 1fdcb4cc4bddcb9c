package vn.gov.sokhcn.kpi.system;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every door of the API found from its handler mappings: the ones taking a JSON body, the ones taking a file. */
final class Doors {

    /** A handler method taking a JSON body: its method, path (every {variable} filled in) and body type. */
    record JsonDoor(String method, String path, Class<?> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        /** The first field of the body and a value of the wrong type for it, as JSON. */
        RecordComponent field() {
            if (!body.isRecord() || body.getRecordComponents().length == 0) {
                throw new IllegalStateException("The body of " + this + " is not a record: " + body);
            }
            return body.getRecordComponents()[0];
        }

        String wrongValue() {
            Class<?> type = field().getType();
            if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
                return "\"không phải số\"";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "\"có lẽ\"";
            }
            if (type == LocalDate.class) {
                return "\"không phải ngày\"";
            }
            if (type.isEnum()) {
                return "\"KHONG_CO\"";
            }
            return Collection.class.isAssignableFrom(type) ? "{}" : "[]";
        }
    }

    /** A handler method taking an uploaded file. */
    record UploadDoor(String method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private Doors() {
    }

    static List<JsonDoor> json(RequestMappingHandlerMapping mapping) {
        List<JsonDoor> doors = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    for (String pattern : info.getPatternValues()) {
                        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                            doors.add(new JsonDoor(method.name(), pattern.replaceAll("\\{[^}]+}", "1"), parameter.getParameterType()));
                        }
                    }
                }
            }
        });
        doors.sort(Comparator.comparing(JsonDoor::toString));
        return doors;
    }

    static List<UploadDoor> uploads(RequestMappingHandlerMapping mapping) {
        List<UploadDoor> doors = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                if (MultipartFile.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type)
                        && MultipartFile.class.equals(org.springframework.core.ResolvableType.forMethodParameter(parameter).resolveGeneric(0))) {
                    for (String pattern : info.getPatternValues()) {
                        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                            doors.add(new UploadDoor(method.name(), pattern));
                        }
                    }
                }
            }
        });
        doors.sort(Comparator.comparing(UploadDoor::toString));
        return doors;
    }
}
