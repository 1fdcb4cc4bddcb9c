package vn.gov.sokhcn.kpi.system.json;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are JSON and nothing else: the YAML, XML, CBOR and Smile converters that the
 * classpath would bring (springdoc pulls in a YAML library) are removed, so such a body is answered
 * 415. The JSON converter reads with {@link TextLimit}s; the application's own {@link JsonMapper}
 * (which also reads stored JSON back) is left unlimited. Writers of strings, bytes and resources stay, as
 * does the form converter (it reads only into a map, never into a request record).
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConfiguration implements WebMvcConfigurer {
    private final JsonMapper json;

    JsonOnlyConfiguration(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        JsonMapper limited = json.rebuild()
                .addModule(new SimpleModule("request-text-limits").addDeserializer(String.class, new LimitedStringDeserializer()))
                .build();
        builder.configureMessageConvertersList(converters -> {
            converters.removeIf(JsonOnlyConfiguration::otherStructuredFormat);
            // Exactly the plain JSON converter: Spring Data's projecting subclass (first in the list) stays as it is.
            converters.replaceAll(c -> c.getClass() == JacksonJsonHttpMessageConverter.class
                    ? new JacksonJsonHttpMessageConverter(limited) : c);
        });
    }

    private static boolean otherStructuredFormat(HttpMessageConverter<?> converter) {
        if (converter instanceof JacksonJsonHttpMessageConverter) {
            return false;
        }
        String name = converter.getClass().getName();
        return converter instanceof AbstractJacksonHttpMessageConverter<?>
                || name.contains("Jackson2") || name.contains("Xml") || name.contains("Jaxb")
                || name.contains("Yaml") || name.contains("Cbor") || name.contains("Smile") || name.contains("Gson")
                || name.contains("Jsonb");
    }
}
