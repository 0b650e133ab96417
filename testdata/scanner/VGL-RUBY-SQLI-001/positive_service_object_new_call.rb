class RegionReport
  attr_reader :region

  def initialize(region:, year: 2024)
    @region = region
    @year = year
  end

  def call(limit)
    Sale.find_by_sql(sql) # vigil:expect VGL-RUBY-SQLI-001
  end

  private

  def sql
    "SELECT * FROM sales WHERE region = '#{region}' AND year = #{@year.to_i}"
  end
end

class TopSellers
  def initialize(category)
    @category = category
  end

  def call
    Product.where("category = '#{@category}'").limit(10) # vigil:expect VGL-RUBY-SQLI-001
  end
end

class ReportsController < ApplicationController
  def show
    @rows = RegionReport.new(region: params[:region]).call(50)
  end

  def top
    finder = TopSellers.new(params[:category])
    @products = finder.call
  end
end
