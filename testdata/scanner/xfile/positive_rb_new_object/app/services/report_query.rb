class ReportQuery
  def rows_for(name)
    ActiveRecord::Base.connection.execute("SELECT * FROM reports WHERE name = '#{name}'") # vigil:expect VGL-RUBY-SQLI-001
  end
end
