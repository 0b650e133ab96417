class ReportsController < ApplicationController
  def purge
    delete_status(params[:status])
  end

  private

  def delete_status(status)
    sql = "DELETE FROM reports WHERE status = '" + status + "'"
    ActiveRecord::Base.connection.execute(sql) # vigil:expect VGL-RUBY-SQLI-001
  end
end
