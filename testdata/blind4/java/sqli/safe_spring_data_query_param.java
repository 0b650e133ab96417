package com.example.hr;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.web.bind.annotation.*;

@RestController
public class EmployeeSearchController {

    public interface EmployeeRepository extends JpaRepository<Employee, Long> {
        @Query("SELECT e FROM Employee e WHERE e.active = true AND e.country = :country AND lower(e.name) LIKE lower(concat('%', :name, '%'))")
        List<Employee> search(@Param("country") String country, @Param("name") String name);
    }

    private final EmployeeRepository employees;

    public EmployeeSearchController(EmployeeRepository employees) {
        this.employees = employees;
    }

    @GetMapping("/employees/search")
    public List<Employee> search(@RequestParam String country, @RequestParam(defaultValue = "") String name) {
        return employees.search(country, name);
    }
}
