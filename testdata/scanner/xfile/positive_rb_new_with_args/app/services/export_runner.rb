class ExportRunner
  def initialize(user, format)
    @user = user
    @format = format
  end

  def run(title)
    ActiveRecord::Base.connection.execute("INSERT INTO exports (title) VALUES ('#{title}')") # vigil:expect VGL-RUBY-SQLI-001
  end
end
