class RegionReport
  def initialize(region)
    @region = "north"
    @requested = region
  end

  def call
    Sale.find_by_sql("SELECT * FROM sales WHERE region = '#{@region}'")
  end

  def label
    "Report for #{@requested}"
  end
end

class TopSellers
  def initialize(category)
    @category = category.to_i
  end

  def call
    Product.where("category_id = #{@category}").limit(10)
  end
end

class SafeLookup
  def initialize(region)
    @region = region
  end

  def call
    Sale.where("region = ?", @region)
  end
end

class ReportsController < ApplicationController
  def show
    @rows = RegionReport.new(params[:region]).call
    @top = TopSellers.new(params[:category]).call
    @found = SafeLookup.new(params[:region]).call
  end
end
