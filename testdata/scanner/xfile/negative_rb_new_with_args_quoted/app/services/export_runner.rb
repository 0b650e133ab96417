class ExportRunner
  def initialize(user, format)
    @user = user
    @format = format
  end

  def run(title)
    conn = ActiveRecord::Base.connection
    conn.execute("INSERT INTO exports (title) VALUES (#{conn.quote(title)})")
  end
end
