class ReportsController < ApplicationController
  def filter
    clauses = []
    params[:filter].each do |column, value|
      clauses << "#{column} = '#{value}'"
    end
    sql = "SELECT * FROM reports WHERE " + clauses.join(" AND ")
    rows = ActiveRecord::Base.connection.select_all(sql) # LABEL: CWE-89
    render json: rows.to_a
  end
end
